import { expect, test } from '@playwright/test';

interface ApiModel { id: string; allows: Record<string, boolean> }

test('"Can I use it?" sorts models by the uses ticked and names each blocking clause', async ({ page, request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as { models: ApiModel[] };
  await page.goto('use/');
  await expect(page.getByText('This is not legal advice.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Commercial use/ }).check();
  await page.getByRole('checkbox', { name: /Distillation/ }).check();
  await expect(page).toHaveURL(/use\/\?allows=commercial,distillation$/);
  const allowed = models.filter((m) => m.allows.commercial && m.allows.distillation).map((m) => m.id).sort();
  const shown = await page.locator('[data-allowed-list] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-model')).sort());
  expect(shown).toEqual(allowed);
  await expect(page.getByRole('status')).toHaveText(`${allowed.length} of ${models.length} models allow commercial use, distillation.`);

  const llama2 = page.locator('[data-blocked-list] > li[data-model="llama-2"]');
  await expect(llama2.locator('[data-blocks~="distillation"]')).toBeVisible();
  await expect(llama2.locator('[data-blocks~="distillation"]')).toContainText('Llama 2 Community License Agreement');
  await expect(llama2.locator('[data-blocks~="scale"]')).toBeHidden();
  // The blocking license is named by a link to its page.
  await expect(llama2.locator('[data-blocks~="distillation"]').getByRole('link', { name: 'Llama 2 Community License Agreement' })).toHaveAttribute('href', /licenses\/llama-2-community\/$/);
  await expect(page.getByRole('link', { name: 'See these models in the table' })).toHaveAttribute('href', /\/atlas\/\?allows=commercial,distillation$/);
});

test('"Can I use it?" shares the table\'s allows parameter and restores it on back', async ({ page }) => {
  await page.goto('use/?allows=hosting,nonsense');
  await expect(page.getByRole('checkbox', { name: /Hosting/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Hosting/ }).uncheck();
  await expect(page).toHaveURL(/use\/$/);
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /Hosting/ })).toBeChecked();
});

test('without JavaScript, every model lists each use its terms block', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('use/');
  // Each reason is told once, with every use it blocks; together they name all six uses.
  const blocked = await page.locator('li[data-model="gpt-4"] [data-blocks]').evaluateAll((items) => items.flatMap((item) => item.getAttribute('data-blocks')!.split(' ')));
  expect(new Set(blocked)).toEqual(new Set(['commercial', 'distillation', 'hosting', 'redistribution', 'scale', 'no-registration']));
  await expect(page.locator('li[data-model="llama"] [data-blocks~="commercial"]')).toBeVisible();
  await context.close();
});
