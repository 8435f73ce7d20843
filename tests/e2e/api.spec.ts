import { expect, test } from '@playwright/test';

const USES = ['commercial', 'distillation', 'hosting', 'redistribution', 'scale', 'no-registration', 'worldwide'];

test('api/models.json follows the public contract', async ({ request }) => {
  const response = await request.get('api/models.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const { models } = await response.json();
  expect(models.length).toBeGreaterThanOrEqual(30);
  for (const model of models) {
    expect(model.id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
    expect(typeof model.name).toBe('string');
    expect(typeof model.organization).toBe('string');
    expect(model.release_date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(
      model.parameters === null ||
        (Array.isArray(model.parameters) && model.parameters.every((size: unknown) => typeof size === 'number')),
    ).toBe(true);
    expect(typeof model.license).toBe('string');
    expect(model.spdx === null || typeof model.spdx === 'string').toBe(true);
    expect(['yes', 'conditional', 'no']).toContain(model.commercial_use);
    expect(Object.keys(model.allows).sort()).toEqual([...USES].sort());
    expect(Object.values(model.allows).every((allowed) => typeof allowed === 'boolean')).toBe(true);
    expect(['open', 'gated', 'on-request', 'leaked', 'not-released']).toContain(model.weights);
    expect(model.base_model === null || typeof model.base_model === 'string').toBe(true);
    expect(model.url).toBe(`https://atlas.example/atlas/models/${model.id}/`);
  }
  const byId = new Map(models.map((model: { id: string }) => [model.id, model]));
  expect(byId.get('alpaca')).toMatchObject({ base_model: 'llama', commercial_use: 'no', spdx: 'CC-BY-NC-4.0' });
  expect(byId.get('gpt-4')).toMatchObject({ weights: 'not-released', commercial_use: 'no', parameters: null });
});

test('api/hf.json maps every Hugging Face id to its release, verdict and badges, which exist', async ({ request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as {
    models: {
      id: string;
      hf: string[];
      commercial_use: string;
      variants: { id: string; hf: string[]; commercial_use: string }[];
    }[];
  };
  const response = await request.get('api/hf.json');
  expect(response.ok()).toBe(true);
  const { repositories } = await response.json();
  // Every id the models list, and nothing else, each pointing at the release that lists it.
  const expected = models.flatMap((model) => [
    ...model.hf.map((hf) => [hf, model.id, null, model.commercial_use] as const),
    ...model.variants.flatMap((variant) =>
      variant.hf.map((hf) => [hf, model.id, variant.id, variant.commercial_use] as const),
    ),
  ]);
  expect(expected.length).toBeGreaterThan(100);
  expect(Object.keys(repositories).sort()).toEqual(expected.map(([hf]) => hf).sort());
  for (const [hf, model, variant, verdict] of expected)
    expect(repositories[hf], hf).toMatchObject({ model, variant, commercial_use: verdict });
  // A variant's badge is its own, and the URL answers.
  const [hf] = expected.find(([, , variant]) => variant !== null)!;
  const record = repositories[hf];
  expect(record.badges.commercial.svg).toBe(
    `https://atlas.example/atlas/badges/${record.model}/${record.variant}/commercial.svg`,
  );
  const badge = await request.get(record.badges.commercial.svg.replace('https://atlas.example/atlas/', ''));
  expect(badge.ok()).toBe(true);
  expect(await badge.text()).toContain('<svg');
});
