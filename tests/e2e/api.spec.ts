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
