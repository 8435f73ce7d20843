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
