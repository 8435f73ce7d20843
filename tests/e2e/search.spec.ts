import { expect, test, type Page } from '@playwright/test';

// A script error on the search page would otherwise pass unseen: the UI still shows results.
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('search finds a model through the Pagefind index', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('search/?q=Falcon');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const titles = await results.allTextContents();
  expect(titles.some((title) => title.includes('Falcon'))).toBe(true);
  await results.filter({ hasText: 'Falcon-180B' }).first().click();
  await expect(page).toHaveURL(/\/atlas\/models\/falcon-180b\/$/);
  expect(errors).toEqual([]);
});

test('search finds a model by a variant name or a Hugging Face id', async ({ page }) => {
  const errors = collectErrors(page);
  for (const [query, title] of [
    ['DeepSeek-R1-Distill-Llama-8B', 'DeepSeek-R1'],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'DeepSeek-R1'],
    ['Qwen2.5-72B', 'Qwen2.5'],
  ]) {
    await page.goto(`search/?q=${encodeURIComponent(query!)}`);
    const results = page.locator('.pagefind-ui__result-link');
    // Results arrive one by one: wait until the first three have loaded.
    await expect.poll(async () => (await results.allTextContents()).slice(0, 3), { message: query }).toContain(title);
  }
  expect(errors).toEqual([]);
});

test('results show what a reader wants: no badge snippets in excerpts, no badge thumbnails', async ({ page }) => {
  await page.goto('search/?q=llama');
  const results = page.locator('.pagefind-ui__result');
  await expect.poll(() => results.count()).toBeGreaterThan(3);
  const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(3);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/badges\/|\[!\[|<img|\.svg/u);
  await expect(page.locator('.pagefind-ui__result-image')).toHaveCount(0);
});

test('the header search box leads to results, filterable by license, commercial use, organization and weights', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search models and licenses' }).fill('Llama');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/atlas\/search\/\?q=Llama$/);
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  // The first result already has the whole filter panel, not only the filters loaded by then.
  const filterNames = page.locator('.pagefind-ui__filter-name');
  await expect(filterNames.filter({ hasText: 'Commercial use' })).toBeVisible();
  await expect(filterNames.filter({ hasText: 'License' })).toBeVisible();
  await expect(filterNames.filter({ hasText: 'Organization' })).toBeVisible();
  await expect(filterNames.filter({ hasText: 'Weights' })).toBeVisible();
  // Ticking a verdict narrows the results to the count its label promises.
  await filterNames.filter({ hasText: 'Commercial use' }).click();
  const yes = page.getByRole('group', { name: 'Commercial use' }).locator('label', { hasText: /^Yes \(\d+\)$/ });
  const promised = Number(/\((\d+)\)/.exec(await yes.innerText())?.[1]);
  expect(promised).toBeGreaterThan(0);
  await yes.click();
  await expect(page.locator('.pagefind-ui__message')).toHaveText(
    `${promised} result${promised === 1 ? '' : 's'} for Llama`,
  );
  // So does an organization, on top of it.
  await filterNames.filter({ hasText: 'Organization' }).click();
  const counted = page.getByRole('group', { name: 'Organization' }).locator('label', { hasText: /\([1-9]\d*\)$/ });
  const organization = counted.first();
  const fromOrganization = Number(/\((\d+)\)$/.exec(await organization.innerText())?.[1]);
  expect(fromOrganization).toBeGreaterThan(0);
  await organization.click();
  await expect(page.locator('.pagefind-ui__message')).toHaveText(
    `${fromOrganization} result${fromOrganization === 1 ? '' : 's'} for Llama`,
  );
  expect(errors).toEqual([]);
});

test('the search page loads the filter index on arrival, so a typed query gets every filter', async ({ page }) => {
  const errors = collectErrors(page);
  const filterIndex = page.waitForResponse(/\/pagefind\/filter\/[^/]+\.pf_filter$/);
  await page.goto('search/');
  await filterIndex;
  await page.getByRole('textbox', { name: 'Search', exact: true }).fill('Falcon');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  const filterNames = page.locator('.pagefind-ui__filter-name');
  await expect(filterNames.filter({ hasText: 'Commercial use' })).toBeVisible();
  await expect(filterNames.filter({ hasText: 'License' })).toBeVisible();
  expect(errors).toEqual([]);
});
