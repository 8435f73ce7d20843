import { expect, test } from '@playwright/test';

test('search finds a model through the Pagefind index', async ({ page }) => {
  await page.goto('search/?q=Falcon');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const titles = await results.allTextContents();
  expect(titles.some((title) => title.includes('Falcon'))).toBe(true);
  await results.filter({ hasText: 'Falcon-180B' }).first().click();
  await expect(page).toHaveURL(/\/atlas\/models\/falcon-180b\/$/);
});

test('the header search box leads to results, filterable by license and commercial use', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search models and licenses' }).fill('Llama');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/atlas\/search\/\?q=Llama$/);
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  // Pagefind fetches its filter index after the first results; on a busy machine that takes a while.
  await expect(page.locator('.pagefind-ui__filter-name', { hasText: 'Commercial use' })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.pagefind-ui__filter-name', { hasText: 'License' })).toBeVisible({ timeout: 15_000 });
});
