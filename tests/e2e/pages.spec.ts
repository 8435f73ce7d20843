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
  await expect(page.locator('section[aria-labelledby="verdict"]')).toContainText('700,000,000');
  await expect(page.locator('[data-use="scale"]')).toHaveAttribute('data-allowed', 'false');
  await page.goto('models/falcon/');
  await expect(page.locator('section[aria-labelledby="history"]')).toContainText('2023-05-31');
});

test('a license page cites each clause that applies', async ({ page }) => {
  await page.goto('licenses/bigscience-bloom-rail-1-0/');
  const restriction = page.locator('tr[data-clause="use_restrictions"]');
  await expect(restriction).toHaveAttribute('data-applies', 'true');
  await expect(restriction.getByRole('link', { name: 'source' })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByRole('link', { name: 'BLOOM' })).toBeVisible();
});
