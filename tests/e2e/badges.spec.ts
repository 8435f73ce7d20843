import { expect, test, type Page } from '@playwright/test';

// The /badges/ page: a model, a variant or a Hugging Face id picked there shows that release's
// badges and snippets in place of the example (Llama 2), and ?model=<ref> keeps the choice.
const SITE = 'https://atlas.example/atlas/';
const markdown = (page: Page, kind: string) => page.locator(`#badge-${kind}-markdown`);

test('picking a model or a variant shows its badges and snippets, keeps it in the URL, and copies them', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('badges/');
  await expect(markdown(page, 'commercial')).toContainText(`${SITE}badges/llama-2/commercial.svg`);

  await page.getByLabel('Model', { exact: true }).selectOption('mistral-7b');
  await expect(page).toHaveURL(/\/badges\/\?model=mistral-7b$/);
  await expect(markdown(page, 'commercial')).toHaveText(
    `[![Mistral 7B commercial use: yes](${SITE}badges/mistral-7b/commercial.svg)](${SITE}models/mistral-7b/)`,
  );
  await expect(page.locator('#badge-license-html')).toContainText(`src="${SITE}badges/mistral-7b/license.svg"`);
  await expect(page.locator('[data-badge-image="openness"]')).toHaveAttribute(
    'src',
    '/atlas/badges/mistral-7b/openness.svg',
  );
  await expect(page.getByRole('heading', { name: 'Badges of Mistral 7B' })).toBeVisible();
  await expect(page.locator('#badge-base-caption')).toHaveText(/^Base model: \[Mistral 7B\]/);
  // The copy buttons copy what the picker wrote.
  await page.locator('button[data-copy="badge-commercial-markdown"]').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('badges/mistral-7b/commercial.svg');

  await page.getByLabel('Model', { exact: true }).selectOption('qwen2/qwen2-72b');
  await expect(page).toHaveURL(/\/badges\/\?model=qwen2\/qwen2-72b$/);
  await expect(markdown(page, 'license')).toContainText(
    `(${SITE}badges/qwen2/qwen2-72b/license.svg)](${SITE}models/qwen2/#qwen2-72b)`,
  );
  // The address brings the choice back.
  await page.reload();
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('qwen2/qwen2-72b');
  await expect(markdown(page, 'openness')).toContainText('badges/qwen2/qwen2-72b/openness.svg');
  await context.close();
});

test('a Hugging Face id finds its release, fetching api/hf.json only then; an unknown id says so', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(request.url()));
  await page.goto('badges/');
  await expect(markdown(page, 'commercial')).toContainText('badges/llama-2/');
  expect(asked.filter((url) => url.includes('api/hf.json'))).toEqual([]);

  const lookup = page.getByLabel('Hugging Face repository id');
  const message = page.locator('[data-badge-message]');
  // Pasted as a link and in another case: the Hub compares ids without case.
  await lookup.fill('https://huggingface.co/meta-llama/llama-3.2-11b-vision');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(message).toContainText('“meta-llama/Llama-3.2-11B-Vision” is');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('llama-3.2/llama-3.2-vision');
  await expect(markdown(page, 'commercial')).toContainText(`${SITE}badges/llama-3.2/llama-3.2-vision/commercial.svg`);
  await expect(page).toHaveURL(/\?model=llama-3\.2\/llama-3\.2-vision$/);
  expect(asked.filter((url) => url.includes('api/hf.json'))).toHaveLength(1);

  await lookup.fill('nobody/not-a-model');
  await lookup.press('Enter');
  await expect(message).toContainText('No model in the atlas lists the Hugging Face repository “nobody/not-a-model”');
  await expect(message.getByRole('link', { name: 'For a fine-tune' })).toHaveAttribute('href', '#fine-tune');
  // The badges shown stay those of the last release found; the list was not fetched again.
  await expect(markdown(page, 'commercial')).toContainText('llama-3.2-vision');
  expect(asked.filter((url) => url.includes('api/hf.json'))).toHaveLength(1);

  await lookup.fill('just-a-name');
  await lookup.press('Enter');
  await expect(message).toContainText('has the form owner/name');
});

test('an unknown ?model= is ignored: the example stays and the page still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('badges/?model=bogus');
  await expect(page.locator('[data-badge-message]')).toContainText('no model “bogus”');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('llama-2');
  await expect(markdown(page, 'commercial')).toContainText(`${SITE}badges/llama-2/commercial.svg`);
  await page.getByLabel('Model', { exact: true }).selectOption('bloom');
  await expect(markdown(page, 'commercial')).toContainText(`${SITE}badges/bloom/commercial.svg`);
  expect(errors).toEqual([]);
});

test('without JavaScript, /badges/ links to every model page badges and variant, and shows an example', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('badges/?model=mistral-7b');
  await expect(page.getByLabel('Model', { exact: true })).toBeHidden();
  await expect(page.getByLabel('Hugging Face repository id')).toBeHidden();
  await expect(markdown(page, 'commercial')).toBeVisible();
  await page.getByText("Every model's badges, on its page").click();
  const mistral = page.getByRole('link', { name: 'Mistral 7B', exact: true });
  await expect(mistral).toHaveAttribute('href', '/atlas/models/mistral-7b/#badges');
  await expect(page.getByRole('link', { name: 'Qwen2-72B', exact: false }).first()).toHaveAttribute(
    'href',
    '/atlas/models/qwen2/#qwen2-72b',
  );
  await mistral.click();
  await expect(page.locator('#badges')).toBeInViewport();
  await context.close();
});

test('/badges/ does not scroll sideways at 390 px, with a long variant name and a message shown', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('badges/?model=qwen2/qwen2-72b');
  await expect(markdown(page, 'license')).toContainText('qwen2-72b');
  await page
    .getByLabel('Hugging Face repository id')
    .fill('someone/a-very-long-repository-name-that-is-not-listed-anywhere');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.locator('[data-badge-message]')).toContainText('No model');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
