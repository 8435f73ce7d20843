import { expect, test } from '@playwright/test';

interface ApiModel {
  id: string;
  allows: Record<string, boolean>;
}

test('"Can I use it?" sorts models by the uses ticked and names each blocking clause', async ({ page, request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as { models: ApiModel[] };
  await page.goto('use/');
  await expect(page.getByText('This is not legal advice.')).toBeVisible();
  await page.getByRole('checkbox', { name: /Commercial use/ }).check();
  await page.getByRole('checkbox', { name: /Distillation/ }).check();
  await expect(page).toHaveURL(/use\/\?allows=commercial,distillation$/);
  const allowed = models
    .filter((m) => m.allows.commercial && m.allows.distillation)
    .map((m) => m.id)
    .sort();
  const shown = await page
    .locator('[data-allowed-list] [data-model]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-model')).sort());
  expect(shown).toEqual(allowed);
  await expect(page.getByRole('status')).toHaveText(
    `${allowed.length} of ${models.length} models allow commercial use, distillation.`,
  );

  const llama2 = page.locator('[data-blocked-list] > li', { has: page.locator('[data-model="llama-2"]') });
  await expect(llama2.locator('[data-blocks~="distillation"]')).toBeVisible();
  await expect(llama2.locator('[data-blocks~="distillation"]')).toContainText('Llama 2 Community License Agreement');
  await expect(llama2.locator('[data-blocks~="scale"]')).toBeHidden();
  // The blocking license is named by a link to its page.
  await expect(
    llama2.locator('[data-blocks~="distillation"]').getByRole('link', { name: 'Llama 2 Community License Agreement' }),
  ).toHaveAttribute('href', /licenses\/llama-2-community\/$/);
  await expect(page.getByRole('link', { name: 'See these models in the table' })).toHaveAttribute(
    'href',
    /\/atlas\/\?allows=commercial,distillation$/,
  );
});

test('"Can I use it?" shares the table\'s allows parameter and restores it on back', async ({ page }) => {
  await page.goto('use/?allows=hosting,nonsense');
  await expect(page.getByRole('checkbox', { name: /Hosting/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Hosting/ }).uncheck();
  await expect(page).toHaveURL(/use\/$/);
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: /Hosting/ })).toBeChecked();
});

test('without JavaScript, every group of models lists each use its terms block', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('use/');
  // Each reason is told once, with every use it blocks; together they name all six uses.
  const group = (id: string) => page.locator('[data-allowed-list] > li', { has: page.locator(`[data-model="${id}"]`) });
  const blocked = await group('gpt-4')
    .locator('[data-blocks]')
    .evaluateAll((items) => items.flatMap((item) => item.getAttribute('data-blocks')!.split(' ')));
  expect(new Set(blocked)).toEqual(
    new Set(['commercial', 'distillation', 'hosting', 'redistribution', 'scale', 'no-registration']),
  );
  await expect(group('llama').locator('[data-blocks~="commercial"]')).toBeVisible();
  await context.close();
});

test('"Can I use it?" lists models under the same terms together, each model once', async ({ page, request }) => {
  const { models } = (await (await request.get('api/models.json')).json()) as { models: ApiModel[] };
  await page.goto('use/');
  const groups = await page.locator('[data-allowed-list] > li').evaluateAll((items) =>
    items.map((item) => ({
      models: [...item.querySelectorAll('[data-model]')].map((link) => link.getAttribute('data-model')!),
      verdict: item.querySelector('.verdict')!.getAttribute('data-verdict'),
      reasons: [...item.querySelectorAll('[data-blocks]')].map((reason) => reason.textContent),
    })),
  );
  expect(groups.flatMap((group) => group.models).sort()).toEqual(models.map((model) => model.id).sort());
  // Fewer groups than models: some share their terms, and no two groups tell the same terms.
  expect(groups.length).toBeLessThan(models.length);
  const terms = groups.map(({ verdict, reasons }) => JSON.stringify([verdict, reasons]));
  expect(new Set(terms).size).toBe(terms.length);
  // Models of a group allow the same uses.
  const allowsOf = new Map(models.map((model) => [model.id, JSON.stringify(model.allows)]));
  for (const group of groups)
    expect(new Set(group.models.map((id) => allowsOf.get(id))).size, group.models.join(', ')).toBe(1);
  // Ticking a use moves whole groups and counts models.
  await page.getByRole('checkbox', { name: /Commercial use/ }).check();
  const allowed = models.filter((m) => m.allows.commercial).length;
  await expect(page.getByRole('status')).toHaveText(`${allowed} of ${models.length} models allow commercial use.`);
  await expect(page.locator('[data-blocked-list] [data-model]')).toHaveCount(models.length - allowed);
});
