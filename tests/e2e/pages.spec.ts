import { expect, test } from '@playwright/test';

interface ApiModel {
  id: string;
  name: string;
  commercial_use: string;
}

test('the table lists every model with its verdict', async ({ page, request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as { models: ApiModel[] };
  await page.goto('./');
  await expect(page.locator('tbody tr[data-model]')).toHaveCount(models.length);
  await expect(page.getByRole('status')).toHaveText(`${models.length} of ${models.length} models`);
  for (const [id, verdict] of [
    ['llama', 'no'],
    ['llama-2', 'conditional'],
    ['mistral-7b', 'yes'],
    ['gpt-4', 'no'],
  ]) {
    await expect(page.locator(`tr[data-model="${id}"] [data-verdict]`)).toHaveAttribute('data-verdict', verdict!);
  }
  const headers = await page.locator('thead th').allTextContents();
  expect(headers).toEqual([
    'Model',
    'Organization',
    'Parameters',
    'Released',
    'License',
    'Commercial use',
    'Weights',
    'Openness',
    'Context',
  ]);
});

test('the table reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./?commercial=no');
  // Every row shows (the filters need the script), and the filter form stays out of the way.
  expect(await page.locator('tbody tr[data-model]:not([hidden])').count()).toBeGreaterThanOrEqual(30);
  await expect(page.locator('form[data-filters]')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Llama 2', exact: true })).toBeVisible();
  await context.close();
});

test('every model page shows each fact with a source or as unknown, and the verdict with reasons', async ({
  page,
  request,
}) => {
  // One visit per model: the time grows with the catalogue.
  test.setTimeout(120_000);
  const { models } = (await (await request.get('api/models.json')).json()) as { models: ApiModel[] };
  for (const model of models) {
    await page.goto(`models/${model.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.name);
    await expect(page.locator('#verdict [data-verdict]')).toHaveAttribute('data-verdict', model.commercial_use);
    const facts = page.locator('tr[data-fact]');
    expect(await facts.count()).toBeGreaterThanOrEqual(8);
    for (const fact of await facts.all()) {
      const field = await fact.getAttribute('data-fact');
      const unknown = (await fact.locator('td').first().textContent())?.trim() === 'unknown';
      if (field === 'organization' || unknown) continue;
      await expect(fact.getByRole('link', { name: 'source' }), `${model.id} › ${field}`).toHaveAttribute(
        'href',
        /^https:\/\//,
      );
    }
    if (model.commercial_use !== 'yes') {
      expect(await page.locator('#verdict ~ ul li').count(), model.id).toBeGreaterThan(0);
    }
  }
});

test('Llama 2 names its 700M-user clause; Falcon shows its license history', async ({ page }) => {
  await page.goto('models/llama-2/');
  await expect(page.locator('section[aria-labelledby="verdict"]')).toContainText('700M monthly active users');
  const scale = page.locator('section[aria-labelledby="allows"] [data-use="scale"]');
  await expect(scale).toHaveAttribute('data-allowed', 'false');
  // One word for a blocked use, so no cut of the text (a search excerpt) reads "allowed".
  await expect(scale).toContainText('blocked');
  await expect(scale).not.toContainText('allowed');
  await page.goto('models/falcon/');
  await expect(page.locator('section[aria-labelledby="history"]')).toContainText('2023-05-31');
});

test('a model page starts with a summary: verdict and reasons, key facts, uses, badge, a comparison', async ({
  page,
}) => {
  await page.goto('models/llama-2/');
  const summary = page.locator('.model-summary');
  await expect(summary.locator('#verdict [data-verdict]')).toHaveAttribute('data-verdict', 'conditional');
  await expect(summary).toContainText('700M monthly active users');
  await expect(summary.locator('dt')).toHaveText(['Organization', 'Released', 'Parameters', 'License', 'Weights']);
  await expect(summary.locator('[data-use]')).toHaveCount(7);
  await expect(summary.locator('[data-use="scale"]')).toHaveText(/No user or revenue cap: blocked$/);
  await expect(summary.locator('img[src$="/badges/llama-2/commercial.svg"]')).toBeVisible();
  await summary.getByRole('link', { name: 'Compare Llama 2 with other models' }).click();
  await expect(page).toHaveURL(/\/compare\/\?models=llama-2$/);
  // The plain-language description comes right after the summary, before the details.
  await page.goto('models/llama-2/');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.indexOf('About Llama 2')).toBeLessThan(headings.indexOf('Facts'));
});

test('facts read as words, not raw values', async ({ page }) => {
  await page.goto('models/llama-2/');
  const facts = page.locator('section[aria-labelledby="facts"]');
  await expect(facts.locator('tr[data-fact="training_tokens"] td').first()).toHaveText('2T tokens');
  await expect(facts.locator('tr[data-fact="fine_tuning"] td').first()).toHaveText('Supervised fine-tuning, RLHF');
  await expect(facts.locator('tr[data-fact="architecture"] td').first()).toHaveText('Decoder-only');
  await expect(page.locator('section[aria-labelledby="openness"]')).not.toContainText('class: none');
  await page.goto('licenses/apache-2.0/');
  await expect(page.locator('.fact-list')).not.toContainText(/\b(none|yes|no)\b/);
});

test('the home page says what the catalog covers and sets the closed models apart', async ({ page, request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as {
    models: { name: string; weights: string }[];
  };
  await page.goto('./');
  const coverage = page.locator('[data-coverage]');
  await expect(coverage).toContainText(`${models.length} models from`);
  await expect(coverage).toContainText(
    /last checked against their sources between \d{4}-\d\d-\d\d and \d{4}-\d\d-\d\d/,
  );
  for (const closed of models.filter((model) => model.weights === 'not-released'))
    await expect(coverage.getByRole('link', { name: closed.name, exact: true })).toBeVisible();
});

test('the keyboard reaches the first model in a few presses, through the skip link', async ({ page }) => {
  await page.goto('./');
  const skip = page.getByRole('link', { name: 'Skip the filters to the table' });
  let presses = 0;
  while (presses < 15 && !(await skip.evaluate((link) => link === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#model-table')).toBeFocused();
  // Past the columns' sort buttons to the first model's row (its compare box, then its name).
  const inRow = () =>
    page.evaluate(() => document.activeElement?.closest('tr[data-model]')?.getAttribute('data-model'));
  for (let more = 0; more < 12 && !(await inRow()); more += 1) await page.keyboard.press('Tab');
  expect(await inRow()).toBe(await page.locator('tbody tr[data-model]').first().getAttribute('data-model'));
});

test('a license page cites each clause that applies', async ({ page }) => {
  await page.goto('licenses/bigscience-bloom-rail-1-0/');
  const restriction = page.locator('tr[data-clause="use_restrictions"]');
  await expect(restriction).toHaveAttribute('data-applies', 'true');
  await expect(restriction.getByRole('link', { name: 'source' })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByRole('link', { name: 'BLOOM' })).toBeVisible();
});

test('a variant has its own section, verdict and badge on its model page', async ({ page, request }) => {
  await page.goto('models/qwen2/#qwen2-72b');
  const section = page.locator('section#qwen2-72b');
  await expect(section).toBeInViewport();
  await expect(section.getByRole('heading', { level: 3 })).toContainText('Conditional');
  await expect(section).toContainText('Tongyi Qianwen');
  const svg = await (await request.get('badges/qwen2/qwen2-72b/commercial.svg')).text();
  expect(svg).toContain('conditional');
  const endpoint = (await (await request.get('badges/qwen2/qwen2-72b/commercial.json')).json()) as { message: string };
  expect(endpoint.message).toBe('conditional');
  // The model's own badge says that its verdict varies.
  const family = (await (await request.get('badges/qwen2/commercial.json')).json()) as { message: string };
  expect(family.message).toMatch(/varies/u);
});

test('a dataset page gives its terms and the models trained on it, as the API does', async ({ page, request }) => {
  const { datasets } = (await (await request.get('api/datasets.json')).json()) as {
    datasets: { id: string; name: string; license: string | null; models: string[] }[];
  };
  const alpaca = datasets.find((dataset) => dataset.id === 'alpaca-data')!;
  expect(alpaca.license).toBe('cc-by-nc-4.0');
  await page.goto('datasets/');
  await expect(page.locator('main a[href$="/datasets/alpaca-data/"]')).toHaveCount(1);
  await page.locator('main a[href$="/datasets/alpaca-data/"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(alpaca.name);
  await expect(page.locator('main')).toContainText('Creative Commons Attribution-NonCommercial 4.0 International');
  for (const model of alpaca.models) {
    await expect(page.locator(`main a[href*="/models/${model.split('/')[0]}/"]`).first()).toBeVisible();
  }
  // The cleaned copy keeps the original's terms: every model trained on either is "No".
  const api = (await (await request.get('api/models.json')).json()) as {
    models: { id: string; commercial_use: string }[];
  };
  for (const id of ['alpaca', 'dolly-v1', 'koala', 'openassistant']) {
    expect(api.models.find((model) => model.id === id)?.commercial_use, id).toBe('no');
  }
});

test('a model names the version of its license in effect at its release', async ({ page, request }) => {
  const { model } = (await (await request.get('api/models/gemma.json')).json()) as {
    model: { license_version: string };
  };
  expect(model.license_version).toBe('2024-02-21');
  await page.goto('models/gemma/');
  await expect(page.locator('section[aria-labelledby="facts"] tr[data-fact="license"]')).toContainText(
    'Gemma Terms of Use (version 2024-02-21)',
  );
  await page.goto('licenses/gemma-terms-of-use/');
  await expect(page.locator('main')).toContainText('2024-02-21');
});
