import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { svgProblems } from '../support/svg-safety.ts';

interface ApiRelease {
  id: string;
  name: string;
  url: string;
  commercial_use: string;
  parameters: number[] | null;
  release_date: string;
}

interface ApiModel extends ApiRelease {
  variants: ApiRelease[];
}

const json = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  return response.json();
};

test('every API file validates against its published JSON Schema', async ({ request }) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validator = async (name: string) => ajv.compile(await json(request, `schema/${name}.schema.json`));
  const models = await json(request, 'api/models.json');
  const validateModels = await validator('api-models');
  expect(validateModels(models), JSON.stringify(validateModels.errors)).toBe(true);
  expect(models.version).toBe(1);
  expect(Date.parse(models.generated_at)).not.toBeNaN();
  const validateModel = await validator('api-model');
  for (const { id } of models.models as ApiModel[]) {
    const file = await json(request, `api/models/${id}.json`);
    expect(validateModel(file), `${id}: ${JSON.stringify(validateModel.errors)}`).toBe(true);
    expect(file.model).toEqual(models.models.find((model: ApiModel) => model.id === id));
  }
  const validateLicenses = await validator('api-licenses');
  const licenses = await json(request, 'api/licenses.json');
  expect(validateLicenses(licenses), JSON.stringify(validateLicenses.errors)).toBe(true);
  expect(
    licenses.licenses.find((license: { id: string }) => license.id === 'llama-2-community').clauses.user_threshold,
  ).toMatchObject({ applies: true, value: 700000000 });
});

test('the content schemas published for editors accept every real entry and reject a typo', async ({ request }) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const [collection, name] of [
    ['models', 'model'],
    ['licenses', 'license'],
    ['organizations', 'organization'],
  ] as const) {
    const schema = await json(request, `schema/${name}.schema.json`);
    expect(schema.additionalProperties).toBe(false);
    const validate = ajv.compile(schema);
    for (const file of readdirSync(join('content', collection))) {
      const text = readFileSync(join('content', collection, file), 'utf8');
      const data = parseYaml(collection === 'models' ? text.split(/^---$/m)[1]! : text);
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (collection === 'models') expect(validate({ ...data, lisence: data.license })).toBe(false);
    }
  }
});

test('the CSV export parses back to the API data: a row per model, then a row per variant', async ({ request }) => {
  const response = await request.get('api/models.csv');
  expect(response.headers()['content-type']).toContain('text/csv');
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  const { models } = (await json(request, 'api/models.json')) as { models: ApiModel[] };
  const expected = models.flatMap((model) => [
    { model, release: model, variant: '' },
    ...model.variants.map((variant) => ({ model, release: variant, variant: variant.id })),
  ]);
  expect(rows.map((row) => [row.id, row.variant])).toEqual(expected.map(({ model, variant }) => [model.id, variant]));
  for (const [index, row] of rows.entries()) {
    const { release } = expected[index]!;
    expect(row).toMatchObject({
      name: release.name,
      commercial_use: release.commercial_use,
      release_date: release.release_date,
      url: release.url,
    });
    expect(row.parameters).toBe(release.parameters?.join(';') ?? '');
  }
  const qwen72 = rows.find((row) => row.id === 'qwen2' && row.variant === 'qwen2-72b');
  expect(qwen72?.commercial_use).toBe('conditional');
  expect(rows.find((row) => row.id === 'qwen2' && row.variant === '')?.verdict_varies).toBe('true');
});

test('the feed is RSS 2.0 with every model, newest addition first', async ({ request }) => {
  const response = await request.get('feed.xml');
  expect(response.ok()).toBe(true);
  const feed = new XMLParser().parse(await response.text());
  const { models } = await json(request, 'api/models.json');
  expect(feed.rss.channel.title).toContain('Open LLM Atlas');
  const items = [feed.rss.channel.item].flat();
  expect(items.length).toBe(models.length);
  const dates = items.map((item: { pubDate: string }) => Date.parse(item.pubDate));
  expect(dates.every((date: number) => !Number.isNaN(date))).toBe(true);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(items.map((item: { link: string }) => item.link).sort()).toEqual(
    models.map((model: ApiModel) => model.url).sort(),
  );
});

test('sitemap and robots.txt are published', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('Sitemap: https://atlas.example/atlas/sitemap-index.xml');
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain('https://atlas.example/atlas/sitemap-0.xml');
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>https://atlas.example/atlas/models/llama-2/</loc>');
});

test('every badge is a safe, accessible SVG, with a matching shields.io endpoint', async ({ request }) => {
  const { models } = await json(request, 'api/models.json');
  for (const { id } of models as ApiModel[]) {
    for (const kind of ['license', 'commercial', 'openness']) {
      const svg = await request.get(`badges/${id}/${kind}.svg`);
      expect(svg.headers()['content-type']).toContain('image/svg+xml');
      const text = await svg.text();
      expect(svgProblems(text), `${id}/${kind}`).toEqual([]);
      expect(text.length).toBeLessThan(1000);
      const endpoint = await json(request, `badges/${id}/${kind}.json`);
      expect(Object.keys(endpoint).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
      expect(endpoint.schemaVersion).toBe(1);
      expect(text).toContain(`<title>${endpoint.label}: ${endpoint.message}</title>`);
    }
  }
  const commercial = await json(request, 'badges/llama/commercial.json');
  expect(commercial).toEqual({ schemaVersion: 1, label: 'commercial use', message: 'no', color: 'cf222e' });
});

test('a model page offers badge snippets with absolute URLs and copies them', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('models/mistral-7b/');
  await expect(
    page.locator('section[aria-labelledby="badges"]').getByRole('img', { name: 'Mistral 7B commercial use: yes' }),
  ).toBeVisible();
  await page.getByText('Snippets for the commercial badge').click();
  const markdown = page.locator('#badge-commercial-markdown');
  await expect(markdown).toHaveText(
    '[![Mistral 7B commercial use: yes](https://atlas.example/atlas/badges/mistral-7b/commercial.svg)](https://atlas.example/atlas/models/mistral-7b/)',
  );
  await page.locator('button[data-copy="badge-commercial-markdown"]').click();
  await expect(page.locator('button[data-copy="badge-commercial-markdown"]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await markdown.textContent());
  await context.close();
});

test('every page has a canonical URL and Open Graph and Twitter cards; model cards have their own image', async ({
  page,
  request,
}) => {
  for (const path of ['./', 'models/llama-2/', 'licenses/mit/', 'use/', 'badges/']) {
    await page.goto(path);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /^https:\/\/atlas\.example\/atlas\//);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute('content', /.+/);
    }
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
  await page.goto('models/llama-2/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://atlas.example/atlas/og/llama-2.png',
  );
  const image = await request.get('og/llama-2.png');
  expect(image.headers()['content-type']).toBe('image/png');
  const png = await image.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
