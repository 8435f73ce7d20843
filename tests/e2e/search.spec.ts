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
