import { expect, test } from '@playwright/test';

test('compare shows models side by side and highlights what differs', async ({ page }) => {
  await page.goto('compare/?models=llama,llama-2');
  const table = page.locator('table.compare-table');
  await expect(table.getByRole('columnheader')).toHaveText([/LLaMA/, /Llama 2/]);
  await expect(table.locator('tr', { hasText: 'Commercial use' }).first()).toHaveAttribute('data-differs', '');
  await expect(table.locator('tr', { hasText: 'Organization' })).not.toHaveAttribute('data-differs', '');
});

test('models can be added and removed, and the URL follows', async ({ page }) => {
  await page.goto('compare/?models=mistral-7b');
  await expect(page.getByRole('status')).toHaveText('Add one more model to compare.');
  await page.getByLabel('Add a model').selectOption('mixtral-8x7b');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page).toHaveURL(/compare\/\?models=mistral-7b,mixtral-8x7b$/);
  await expect(page.locator('table.compare-table th[scope=col]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove Mistral 7B' }).click();
  await expect(page).toHaveURL(/compare\/\?models=mixtral-8x7b$/);
  await page.goBack();
  await expect(page.locator('table.compare-table th[scope=col]')).toHaveCount(2);
});

test('a bad id is reported, not fatal, and more than four are cut', async ({ page }) => {
  await page.goto('compare/?models=llama,not-a-model,bloom');
  await expect(page.getByRole('status')).toContainText('No model with the id “not-a-model”');
  await expect(page.locator('table.compare-table th[scope=col]')).toHaveCount(2);
  await page.goto('compare/?models=llama,bloom,opt,pythia,gpt-j-6b');
  await expect(page.locator('table.compare-table th[scope=col]')).toHaveCount(4);
  await expect(page.getByRole('status')).toContainText('At most 4 models');
});

test('values read as the rest of the site: the verdict as its label, the license and model as links', async ({
  page,
}) => {
  await page.goto('compare/?models=llama-2,gpt-3');
  const table = page.locator('table.compare-table');
  await expect(table.getByRole('columnheader').getByRole('link', { name: 'Llama 2' })).toHaveAttribute(
    'href',
    '/atlas/models/llama-2/',
  );
  const verdicts = table.locator('tr', { hasText: 'Commercial use verdict' }).locator('td');
  await expect(verdicts.nth(0).locator('span.verdict[data-verdict="conditional"]')).toHaveText('Conditional');
  await expect(verdicts.nth(1).locator('span.verdict')).toHaveText(/\(terms unread\)$/);
  const license = table.locator('tr', { hasText: 'License' }).first().locator('td').first();
  await expect(license.getByRole('link', { name: 'Llama 2 Community License Agreement' })).toHaveAttribute(
    'href',
    '/atlas/licenses/llama-2-community/',
  );
  const cells = (label: RegExp) =>
    table
      .locator('tr')
      .filter({ has: page.getByRole('rowheader', { name: label }) })
      .locator('td');
  await expect(cells(/^Weights/)).toHaveText(['Gated', 'Not released']);
  await expect(cells(/^Training tokens/).first()).toHaveText('2T');
  await expect(cells(/distillation/).first()).toHaveText('Blocked');
});

test('on a phone the table scrolls in its own box and the row labels stay in sight', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('compare/?models=llama-2,mistral-7b,falcon-180b');
  const box = page.getByRole('region', { name: /comparison/i });
  await expect(box.locator('table.compare-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  await expect(box).toHaveAttribute('tabindex', '0');
  // A model's column keeps a readable width.
  const cell = box.locator('tbody tr').first().locator('td').first();
  expect((await cell.boundingBox())!.width).toBeGreaterThanOrEqual(150);
  const label = box.getByRole('rowheader', { name: /^Weights/ });
  await label.scrollIntoViewIfNeeded();
  await box.evaluate((element) => element.scrollTo({ left: 0 }));
  const before = (await label.boundingBox())!;
  await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
  const after = (await label.boundingBox())!;
  expect(after.x).toBe(before.x);
  // The label covers what scrolls beneath it: the value cell's content is hidden behind an opaque box.
  const background = await label.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent ?? null, {
    x: after.x + after.width / 2,
    y: after.y + after.height / 2,
  });
  expect(hit).toContain('Weights');
});
