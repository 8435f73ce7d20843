import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

interface Release {
  commercial_use: string;
  allows: Record<string, boolean>;
}
interface ApiModel extends Release {
  id: string;
  variants: (Release & { id: string })[];
}

const loadModels = async (request: APIRequestContext) =>
  ((await (await request.get('api/models.json')).json()) as { models: ApiModel[] }).models;

/** The main weights listed in a list of groups, by model id (variants listed apart are left out). */
const mainMembers = (page: Page, list: string) =>
  page
    .locator(`${list} [data-model]:not([data-variant])`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-model')!).sort());

test('"Can I use it?" sorts models by the uses ticked and names each blocking clause', async ({ page, request }) => {
  const models = await loadModels(request);
  await page.goto('use/');
  await expect(page.getByText('This is not legal advice.')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Commercial use/ }).check();
  await page.getByRole('checkbox', { name: /Distillation/ }).check();
  await expect(page).toHaveURL(/use\/\?allows=commercial,distillation$/);
  const allowed = models.filter((m) => m.allows.commercial && m.allows.distillation).map((m) => m.id);
  expect(await mainMembers(page, '[data-allowed-list]')).toEqual(allowed.sort());
  const members = await page.locator('[data-allowed-list] [data-model]').count();
  const total = await page.locator('[data-use-results] [data-model]').count();
  await expect(page.getByRole('status')).toHaveText(
    `${members} of ${total} models and variants allow commercial use, distillation.`,
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
  // Each reason is told once, with every use it blocks; together they name all seven uses.
  const group = (id: string) => page.locator('[data-allowed-list] > li', { has: page.locator(`[data-model="${id}"]`) });
  const blocked = await group('gpt-4')
    .locator('[data-blocks]')
    .evaluateAll((items) => items.flatMap((item) => item.getAttribute('data-blocks')!.split(' ')));
  expect(new Set(blocked)).toEqual(
    new Set(['commercial', 'distillation', 'hosting', 'redistribution', 'scale', 'no-registration', 'worldwide']),
  );
  await expect(group('llama').locator('[data-blocks~="commercial"]')).toBeVisible();
  await context.close();
});

test('"Can I use it?" lists models under the same terms together, and a variant under other terms apart', async ({
  page,
  request,
}) => {
  const models = await loadModels(request);
  await page.goto('use/');
  const groups = await page.locator('[data-allowed-list] > li').evaluateAll((items) =>
    items.map((item) => ({
      members: [...item.querySelectorAll('[data-model]')].map((link) =>
        [link.getAttribute('data-model'), link.getAttribute('data-variant')].filter(Boolean).join('/'),
      ),
      verdict: item.querySelector('.verdict')!.getAttribute('data-verdict'),
      reasons: [...item.querySelectorAll('[data-blocks]')].map((reason) => reason.textContent),
    })),
  );
  const members = groups.flatMap((group) => group.members);
  // Every model once by its main weights; no release twice.
  expect(members.filter((ref) => !ref.includes('/')).sort()).toEqual(models.map((model) => model.id).sort());
  expect(new Set(members).size).toBe(members.length);
  // Qwen2's 72B is listed apart, with its own verdict.
  const qwen72 = groups.find((group) => group.members.includes('qwen2/qwen2-72b'));
  expect(qwen72?.verdict).toBe(
    models.find((model) => model.id === 'qwen2')!.variants.find((v) => v.id === 'qwen2-72b')!.commercial_use,
  );
  // Fewer groups than members: some share their terms, and no two groups tell the same terms.
  expect(groups.length).toBeLessThan(members.length);
  const terms = groups.map(({ verdict, reasons }) => JSON.stringify([verdict, reasons]));
  expect(new Set(terms).size).toBe(terms.length);
});

test('"Can I use it?" weighs caps and regions against the user\'s numbers', async ({ page }) => {
  const llama2 = page.locator('[data-use-results] > ul > li', {
    has: page.locator('[data-model="llama-2"]:not([data-variant])'),
  });
  const scaleReason = llama2.locator('[data-blocks~="scale"]');
  // Without numbers, the 700M cap blocks "no user or revenue cap".
  await page.goto('use/?allows=scale');
  await expect(page.locator('[data-blocked-list] [data-model="llama-2"]')).toHaveCount(1);
  await expect(scaleReason).toContainText('700M monthly active users, counted in the month before the release');
  // A million users stay under it: the cap is set aside and Llama 2 allows the use.
  await page.goto('use/?allows=scale&users=1000000');
  await expect(page.locator('[data-allowed-list] [data-model="llama-2"]')).toHaveCount(1);
  await expect(scaleReason).toBeHidden();
  await expect(page.getByLabel('Monthly active users')).toHaveValue('1000000');
  await expect(page.getByRole('status')).toContainText('Weighed for your numbers: 1,000,000 monthly active users.');
  // 800 million are over it: blocked again, the reason says how the cap was counted.
  await page.goto('use/?allows=scale&users=800000000');
  await expect(page.locator('[data-blocked-list] [data-model="llama-2"]')).toHaveCount(1);
  await expect(scaleReason).toBeVisible();
  // Values that cannot be read are ignored with a note, and the page still works.
  await page.goto('use/?allows=scale&users=lots&region=atlantis');
  await expect(page.getByRole('status')).toContainText('Ignored, not understood: users=lots, region=atlantis.');
  await expect(page.locator('[data-blocked-list] [data-model="llama-2"]')).toHaveCount(1);
  // Entering numbers in the form writes them to the URL.
  await page.getByLabel('Monthly active users').fill('5000');
  await page.getByLabel('Where you or your company is based').selectOption('de');
  await expect(page).toHaveURL(/use\/\?allows=scale&users=5000&region=de$/);
});

test('"Can I use it?" weighs a region against a clause that binds only multimodal models', async ({ page }) => {
  const blocked = (ref: string) => {
    const [model, variant] = ref.split('/');
    const variantPart = variant ? `[data-variant="${variant}"]` : ':not([data-variant])';
    return page.locator(`[data-blocked-list] [data-model="${model}"]${variantPart}`);
  };
  // Without a region, the EU clause of Llama 3.2's use policy counts against everyone, but only
  // for its vision models; the text models under the same license are not bound.
  await page.goto('use/?allows=worldwide');
  await expect(blocked('llama-3.2/llama-3.2-vision')).toHaveCount(1);
  await expect(blocked('llama-4')).toHaveCount(1);
  await expect(blocked('llama-3.2')).toHaveCount(0);
  await expect(blocked('llama-3.3')).toHaveCount(0);
  // A licensee in Germany (an EU member) stays bound; one in the United States does not.
  await page.goto('use/?allows=worldwide&region=de');
  await expect(blocked('llama-3.2/llama-3.2-vision')).toHaveCount(1);
  await expect(page.getByRole('status')).toContainText('Weighed for your numbers: based in Germany.');
  await page.goto('use/?allows=worldwide&region=us');
  await expect(blocked('llama-3.2/llama-3.2-vision')).toHaveCount(0);
  await expect(blocked('llama-4')).toHaveCount(0);
});
