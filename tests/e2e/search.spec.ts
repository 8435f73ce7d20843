import { expect, test, type Page } from '@playwright/test';
import type { ApiModel } from '../../src/publish/api.ts';
import { VERDICT_LABELS } from '../../src/present/labels.ts';

// A script error on the search page would otherwise pass unseen if some results still show.
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const results = (page: Page) => page.locator('[data-search-results] .search-result');
const titles = (page: Page) => page.locator('[data-search-results] .search-title');

/** Waits until the list shows results for `query` (the list names the query it answers). */
async function resultsFor(page: Page, query: string) {
  await expect(page.locator(`[data-search-results][data-query="${query}"] .search-result`).first()).toBeVisible();
}

async function apiModel(page: Page, id: string): Promise<ApiModel> {
  const response = await page.request.get(`api/models/${id}.json`);
  return ((await response.json()) as { model: ApiModel }).model;
}

test('search finds a model and its result leads to its page', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('search/?q=Falcon');
  await resultsFor(page, 'Falcon');
  await titles(page).getByRole('link', { name: 'Falcon-180B', exact: true }).click();
  await expect(page).toHaveURL(/\/atlas\/models\/falcon-180b\/$/);
  expect(errors).toEqual([]);
});

test('search finds a model by a variant name or a Hugging Face id', async ({ page }) => {
  const errors = collectErrors(page);
  for (const [query, title] of [
    ['DeepSeek-R1-Distill-Llama-8B', 'DeepSeek-R1'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'DeepSeek-R1'],
    ['Qwen2.5-72B', 'Qwen2.5'],
  ] as const) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    expect((await titles(page).allTextContents()).slice(0, 3), query).toContain(title);
  }
  expect(errors).toEqual([]);
});

test("a model's result shows its name, verdict chip, organization, license and an excerpt with the match", async ({
  page,
}) => {
  for (const [query, id] of [
    ['Llama 2', 'llama-2'],
    ['distillation', 'deepseek-r1'],
    ['Qwen2.5', 'qwen2-5'],
  ] as const) {
    const model = await apiModel(page, id);
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await resultsFor(page, query);
    // Every model's result carries its verdict beside its excerpt, so no cut of the text stands alone.
    for (const result of await results(page).all()) {
      const kind = (await result.locator('.search-kind').textContent()) ?? '';
      if (!kind.startsWith('Model')) continue;
      await expect(result.locator('.search-facts .verdict')).toHaveText(/^(Yes|Conditional|No)( \(terms unread\))?$/);
      await expect(result.locator('.search-facts')).toContainText('License: ');
      await expect(result.locator('.search-excerpt')).not.toHaveText(/badges\/|\[!\[|<img|\.svg/u);
    }
    // The result for this model shows what its API record says.
    const result = results(page).filter({ has: page.getByRole('link', { name: model.name, exact: true }) });
    await expect(result, query).toHaveCount(1);
    await expect(result.locator('.search-kind')).toHaveText(`Model · ${model.organization_name}`);
    const chip = result.locator('.search-facts .verdict');
    await expect(chip).toHaveAttribute('data-verdict', model.commercial_use);
    await expect(chip).toHaveText(VERDICT_LABELS[model.commercial_use]);
    await expect(result.locator('.search-facts')).toContainText(`License: ${model.license_name}`);
    await expect(result.locator('.search-excerpt mark').first()).toBeVisible();
  }
  await expect(page.locator('[data-search-results] img')).toHaveCount(0);
});

test('results narrow by verdict, organization, type and weights, and the filters live in the URL', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('search/?q=llama');
  await resultsFor(page, 'llama');
  const status = page.locator('[data-search-status]');
  const verdict = page.locator('select[name="commercial"]');
  // Each option says how many results it leaves, and choosing it leaves exactly that many.
  const yes = (await verdict.locator('option[value="Yes"]').textContent()) ?? '';
  const promised = Number(/\((\d+)\)$/.exec(yes)?.[1]);
  expect(promised).toBeGreaterThan(0);
  await verdict.selectOption('Yes');
  await expect(status).toHaveText(`${promised} result${promised === 1 ? '' : 's'} for “llama”`);
  await expect(page).toHaveURL(/\?q=llama&commercial=Yes$/);
  for (const chip of await results(page).locator('.search-facts .verdict').all()) await expect(chip).toHaveText('Yes');
  // An organization on top of it.
  const organization = page
    .locator('select[name="org"] option')
    .filter({ hasText: /\([1-9]\d*\)$/ })
    .first();
  const label = (await organization.textContent()) ?? '';
  const [, name, count] = /^(.*) \((\d+)\)$/.exec(label) ?? [];
  await page.locator('select[name="org"]').selectOption(name!);
  await expect(status).toHaveText(`${count} result${count === '1' ? '' : 's'} for “llama”`);
  for (const kind of await results(page).locator('.search-kind').allTextContents())
    expect(kind).toBe(`Model · ${name}`);
  // A link with the filters shows the same results; a value the index does not hold is ignored.
  await page.goto('search/?q=llama&type=Licence&weights=Sideways');
  await resultsFor(page, 'llama');
  await expect(page.locator('select[name="weights"]')).toHaveValue('');
  await expect(page.locator('select[name="type"]')).toHaveValue('');
  await page.goto('search/?q=llama&type=License');
  await expect(page.locator('select[name="type"]')).toHaveValue('License');
  await resultsFor(page, 'llama');
  for (const kind of await results(page).locator('.search-kind').allTextContents()) expect(kind).toMatch(/^License · /);
  expect(errors).toEqual([]);
});

test('results come ten at a time, with a button for more', async ({ page }) => {
  await page.goto('search/?q=license');
  await resultsFor(page, 'license');
  await expect(results(page)).toHaveCount(10);
  const total = Number(/^(\d+) results/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(results(page)).toHaveCount(Math.min(total, 20));
});

test('a new query replaces the results at once, and an unknown word says so', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: /Models, licenses/ });
  await box.fill('gemma');
  await resultsFor(page, 'gemma');
  await box.fill('mistral');
  await resultsFor(page, 'mistral');
  for (const title of (await titles(page).allTextContents()).slice(0, 3)) expect(title).not.toMatch(/^Gemma/);
  await box.fill('qqqzzzxx');
  await expect(page.locator('[data-search-status]')).toHaveText(/^No results for “qqqzzzxx”/);
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=qqqzzzxx$/);
});

test('the header search box takes a query to its results by keyboard alone', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search models and licenses' });
  // Tab from the top of the page until the box has focus, then type and press Enter.
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    if (await box.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('Mixtral');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/atlas\/search\/\?q=Mixtral$/);
  await resultsFor(page, 'Mixtral');
  await expect(page.getByRole('searchbox', { name: /Models, licenses/ })).toHaveValue('Mixtral');
  expect(errors).toEqual([]);
});

test('without JavaScript, /search/ says search needs it and links to the table', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?q=llama');
  await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'the table' })).toHaveAttribute('href', '/atlas/');
  await expect(page.locator('form#search')).toBeHidden();
  await context.close();
});
