import { expect, test, type Page } from '@playwright/test';

interface ApiModel {
  id: string;
  name: string;
  summary: string;
  organization: string;
  license: string;
  license_category: string;
  weights: string;
  commercial_use: string;
  parameters: number[] | null;
  allows: Record<string, boolean>;
  release_date: string;
  hf: string[];
  variants: (Release & { name: string; hf: string[] })[];
}

/** What the table filters a release by: the main weights' facts, or a variant's. */
type Release = Pick<ApiModel, 'license' | 'license_category' | 'weights' | 'commercial_use' | 'parameters' | 'allows'>;

/** The text the table's search matches: name, summary, and the names and Hugging Face ids of every release. */
const searchable = (m: ApiModel) =>
  [m.name, m.summary, ...m.hf, ...m.variants.flatMap((variant) => [variant.name, ...variant.hf])].join(' ');

/** A row shows when its main weights or one of its variants passes every filter at once. */
const anyRelease = (model: ApiModel, test: (release: Release) => boolean) => [model, ...model.variants].some(test);

let models: ApiModel[] = [];
test.beforeAll(async ({ request }) => {
  models = ((await (await request.get('api/models.json')).json()) as { models: ApiModel[] }).models;
});

const visibleIds = (page: Page) =>
  page
    .locator('tbody tr[data-model]:not([hidden])')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model')!).sort());
const ids = (list: ApiModel[]) => list.map((model) => model.id).sort();
/** Waits until the script has packed every group: groups off screen are packed when the browser is idle. */
const packed = (page: Page) => expect(page.locator('[data-model-table]')).not.toHaveAttribute('aria-busy', 'true');

/** Every row in the document, the shown ones filling the groups in order and the others hidden. */
async function expectPackedGroups(page: Page, shown: number): Promise<string[]> {
  await packed(page);
  const groups = await page.locator('tbody').evaluateAll((bodies) =>
    bodies.map((body) => ({
      hidden: (body as HTMLElement).hidden,
      shown: body.querySelectorAll('tr:not([hidden])').length,
      filteredOut: body.querySelectorAll('tr[hidden]').length,
    })),
  );
  // Every row stays in the document; filtered-out ones carry `hidden` and sit in hidden groups.
  expect(groups.reduce((sum, group) => sum + group.shown + group.filteredOut, 0)).toBe(models.length);
  expect(groups.filter((group) => group.filteredOut > 0).every((group) => group.hidden && group.shown === 0)).toBe(
    true,
  );
  // The shown rows fill the visible groups in order; only the last filled group may be short.
  const filled = groups.filter((group) => group.shown > 0);
  expect(filled.reduce((sum, group) => sum + group.shown, 0)).toBe(shown);
  expect(filled.every((group) => !group.hidden)).toBe(true);
  expect(filled.slice(0, -1).every((group) => group.shown === filled[0]!.shown)).toBe(true);
  return page
    .locator('tbody tr[data-model]:not([hidden])')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model')!));
}

test('every filter of the URL contract narrows the table to the matching models', async ({ page }) => {
  const cases: [string, (model: ApiModel) => boolean][] = [
    ['commercial=no', (m) => anyRelease(m, (r) => r.commercial_use === 'no')],
    ['commercial=yes,conditional', (m) => anyRelease(m, (r) => r.commercial_use !== 'no')],
    ['license=apache-2.0', (m) => anyRelease(m, (r) => r.license === 'apache-2.0')],
    [
      'category=community,open-rail',
      (m) => anyRelease(m, (r) => ['community', 'open-rail'].includes(r.license_category)),
    ],
    ['org=meta,eleutherai', (m) => ['meta', 'eleutherai'].includes(m.organization)],
    ['weights=gated', (m) => anyRelease(m, (r) => r.weights === 'gated')],
    ['params=-15', (m) => anyRelease(m, (r) => !!r.parameters?.some((size) => size <= 15))],
    ['params=30-100', (m) => anyRelease(m, (r) => !!r.parameters?.some((size) => size >= 30 && size <= 100))],
    ['allows=commercial,hosting', (m) => anyRelease(m, (r) => r.allows.commercial! && r.allows.hosting!)],
    [
      'allows=distillation,no-registration,scale',
      (m) => anyRelease(m, (r) => r.allows.distillation! && r.allows['no-registration']! && r.allows.scale!),
    ],
    ['q=llama', (m) => /llama/i.test(searchable(m))],
    [
      'q=mistral%20mixture',
      (m) => /mistral/i.test(`${searchable(m)} ${m.organization}`) && /mixture/i.test(searchable(m)),
    ],
    [
      'commercial=yes&weights=open&params=-8',
      (m) =>
        anyRelease(
          m,
          (r) => r.commercial_use === 'yes' && r.weights === 'open' && !!r.parameters?.some((size) => size <= 8),
        ),
    ],
    // Qwen2's 72B is conditional: a filter for yes in that size range finds no release of it.
    [
      'commercial=yes&params=60-80',
      (m) =>
        anyRelease(m, (r) => r.commercial_use === 'yes' && !!r.parameters?.some((size) => size >= 60 && size <= 80)),
    ],
  ];
  for (const [query, predicate] of cases) {
    await page.goto(`./?${query}`);
    const expected = ids(models.filter(predicate));
    expect(await visibleIds(page), query).toEqual(expected);
    await expect(page.getByRole('status')).toHaveText(`${expected.length} of ${models.length} models`);
  }
  // Free text also matches the organization's name.
  await page.goto('./?q=eleutherai');
  expect(await visibleIds(page)).toEqual(
    expect.arrayContaining(ids(models.filter((m) => m.organization === 'eleutherai'))),
  );
});

test('controls write the URL and the URL sets the controls', async ({ page }) => {
  await page.goto('./?license=mit');
  await expect(page.getByRole('checkbox', { name: /^MIT License/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^No \(/ }).check();
  await expect(page).toHaveURL(/\?commercial=no&license=mit$/);
  await page.getByLabel('Search the table').fill('dolly');
  await expect(page).toHaveURL(/\?q=dolly&commercial=no&license=mit$/);
  await page.getByLabel('From').fill('2');
  await expect(page).toHaveURL(/params=2-$/);
  await expect(page.locator('[data-count-for="commercial=yes"]')).toHaveText(/^\d+$/);
});

test('back and forward restore the filters', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('checkbox', { name: /^Gated/ }).check();
  await page.getByRole('checkbox', { name: /^Conditional/ }).check();
  await expect(page).toHaveURL(/\?commercial=conditional&weights=gated$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?weights=gated$/);
  await expect(page.getByRole('checkbox', { name: /^Conditional/ })).not.toBeChecked();
  expect(await visibleIds(page)).toEqual(ids(models.filter((m) => anyRelease(m, (r) => r.weights === 'gated'))));
  await page.goBack();
  await expect(page.locator('tbody tr[data-model]:not([hidden])')).toHaveCount(models.length);
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: /^Gated/ })).toBeChecked();
});

test('column headers sort, by mouse and by keyboard, and the sort lives in the URL', async ({ page }) => {
  await page.goto('./');
  const released = page.getByRole('button', { name: 'Released' });
  await released.click();
  await expect(page).toHaveURL(/\?sort=release_date$/);
  await expect(page.getByRole('columnheader', { name: 'Released' })).toHaveAttribute('aria-sort', 'ascending');
  const dates = async () => {
    await packed(page);
    return page.locator('tbody tr[data-model] td:nth-of-type(3)').allTextContents();
  };
  const ascending = await dates();
  expect(ascending).toEqual([...ascending].sort());
  await released.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?sort=-release_date$/);
  const descending = await dates();
  expect(descending).toEqual([...descending].sort().reverse());
  await page.goto('./?sort=-parameters');
  const first = await page.locator('tbody tr[data-model]').first().getAttribute('data-model');
  const largest = models
    .filter((m) => m.parameters)
    .sort((a, b) => Math.max(...b.parameters!) - Math.max(...a.parameters!))[0]!;
  expect(first).toBe(largest.id);
});

test('unknown or malformed parameters are ignored and the table still shows', async ({ page }) => {
  await page.goto('./?commercial=maybe&colour=red&params=abc&sort=height&license=apache2');
  await expect(page.locator('tbody tr[data-model]:not([hidden])')).toHaveCount(models.length);
  await page.goto('./?commercial=maybe,no');
  expect(await visibleIds(page)).toEqual(ids(models.filter((m) => anyRelease(m, (r) => r.commercial_use === 'no'))));
});

test('an empty result says so and offers a reset', async ({ page }) => {
  await page.goto('./?q=no-such-model-anywhere');
  await expect(page.getByText('No model matches these filters.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(`0 of ${models.length} models`);
  await page.getByRole('button', { name: 'Show all models' }).click();
  await expect(page).toHaveURL(/\/atlas\/$/);
  await expect(page.locator('tbody tr[data-model]:not([hidden])')).toHaveCount(models.length);
  await expect(page.getByLabel('Search the table')).toHaveValue('');
});

test('rows come in groups that stay full and in order whatever the filter and sort', async ({ page }) => {
  await page.goto('./?sort=-parameters&commercial=yes,conditional');
  const order = await expectPackedGroups(
    page,
    models.filter((model) => anyRelease(model, (release) => release.commercial_use !== 'no')).length,
  );
  // A row sorts by the largest size of its main weights and variants.
  const largest = (id: string | null) => {
    const model = models.find((candidate) => candidate.id === id)!;
    return Math.max(...[model, ...model.variants].flatMap((release) => release.parameters ?? [-1]));
  };
  expect(order.map(largest)).toEqual(order.map(largest).sort((a, b) => b - a));
});

test('a sort fills the group on screen in the same task and marks the table busy until every group is packed', async ({
  browser,
}) => {
  // Groups off screen are packed when the browser is idle (measured at 1,000 rows by the benchmark).
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const page = await context.newPage();
  await page.goto('./');
  await page.locator('[data-sort-button]').first().waitFor();
  await page.locator('tbody').first().scrollIntoViewIfNeeded();
  const firstGroupOnScreen = await page
    .locator('tbody')
    .first()
    .evaluate((body) => body.getBoundingClientRect().top < window.innerHeight);
  expect(firstGroupOnScreen).toBe(true);
  // In the same task as the click: the first group already holds the sorted rows, the rest waits.
  const atOnce = await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('th[data-sort-key="name"] [data-sort-button]')!;
    button.click();
    const table = document.querySelector('[data-model-table]')!;
    return {
      busy: table.getAttribute('aria-busy'),
      firstGroup: [...table.querySelectorAll('tbody')[0]!.querySelectorAll('tr')].map((row) =>
        row.querySelector('th')!.textContent!.trim(),
      ),
    };
  });
  expect(atOnce.busy).toBe('true');
  const order = await expectPackedGroups(page, models.length);
  const names = await page.locator('tbody tr[data-model] th').allTextContents();
  expect(atOnce.firstGroup).toEqual(names.slice(0, atOnce.firstGroup.length));
  expect(order).toHaveLength(models.length);
  await context.close();
});

test('a verdict links to its reasons and shows them on focus and hover until dismissed', async ({ page }) => {
  await page.goto('./');
  const verdict = page.locator('tr[data-model="llama-2"]').getByRole('link', { name: 'Conditional' });
  await expect(verdict).toHaveAttribute('href', /models\/llama-2\/#verdict$/);
  await expect(verdict).toHaveAccessibleDescription(/700M monthly active users/);
  const tip = page.locator('.reason-tip');
  await verdict.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('700M monthly active users');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await verdict.blur();

  await verdict.hover();
  await expect(tip).toContainText('700M monthly active users');
  const [label, box] = [await verdict.boundingBox(), await tip.boundingBox()];
  expect(box!.y).toBeCloseTo(label!.y + label!.height, 0);
  // The pointer can move onto the tip to read it; leaving both hides it.
  await tip.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();

  // Another model under other terms gets its own reasons.
  const llama = page.locator('tr[data-model="llama"]').getByRole('link', { name: 'No' });
  await llama.hover();
  await expect(tip).toContainText('LLaMA');
  await expect(tip).not.toContainText('700M monthly active users');
});

test('rows under the same terms share one text of reasons, read without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const described = await page.locator('a.verdict[aria-describedby]').evaluateAll((links) =>
    links.map((link) => ({
      id: link.getAttribute('aria-describedby')!,
      text: document.getElementById(link.getAttribute('aria-describedby')!)?.textContent ?? '',
    })),
  );
  expect(described.length).toBeGreaterThan(0);
  for (const { id, text } of described) expect(text, `reasons ${id}`).not.toBe('');
  // Every text is told once, and more rows point at them than there are texts.
  const texts = await page.locator('[data-verdict-reasons] > p').allTextContents();
  expect(new Set(texts).size).toBe(texts.length);
  expect(new Set(described.map(({ id }) => id)).size).toBe(texts.length);
  expect(described.length).toBeGreaterThan(texts.length);
  await expect(
    page.locator('tr[data-model="llama-2"]').getByRole('link', { name: 'Conditional' }),
  ).toHaveAccessibleDescription(/700M monthly active users/);
  await context.close();
});

test('on a phone the table becomes cards with no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto('./');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Each fact in a card is labelled with its column's header.
  const row = page.locator('tr[data-model="llama"]');
  await row.scrollIntoViewIfNeeded();
  await expect(row.locator('td').nth(3)).toBeVisible();
  const headers = await page.locator('thead th').allTextContents();
  const labels = await row
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  expect(labels).toEqual(headers.slice(1).map((header) => `"${header.trim()}:"`));
  await context.close();
});

test('the search box finds a model by a variant name or a Hugging Face id', async ({ page }) => {
  // Every Hugging Face id in the catalog, each expected to find its model's row.
  const lookups = models.flatMap((m) =>
    [...m.hf, ...m.variants.flatMap((variant) => variant.hf)].map((hf) => [hf, m.id]),
  );
  expect(lookups.length).toBeGreaterThan(0);
  for (const [hf, id] of lookups.slice(0, 12)) {
    await page.goto(`./?q=${encodeURIComponent(hf!)}`);
    expect(await visibleIds(page), hf).toContain(id);
  }
  // A variant's name finds its model though the model's own name differs.
  await page.goto('./?q=Qwen2-72B');
  expect(await visibleIds(page)).toEqual(['qwen2']);
});

test('a long filter list narrows to what the reader types, without touching the filters', async ({ page }) => {
  await page.goto('./?license=apache-2.0');
  const group = page.locator('details:has(input[name="license"])');
  // A ticked option opens its group.
  await expect(group).toHaveAttribute('open', '');
  const finder = group.getByRole('searchbox', { name: 'Find in License' });
  await finder.fill('llama 3');
  const shown = group.locator('label.filters-option:visible');
  const labels = await shown.allTextContents();
  // Only the Llama 3 licenses remain, plus the ticked Apache 2.0 kept in sight.
  expect(labels.length).toBeGreaterThan(1);
  expect(labels.every((label) => /llama 3|apache/i.test(label))).toBe(true);
  await expect(group.locator('input[value="apache-2.0"]')).toBeChecked();
  await expect(page).toHaveURL(/\?license=apache-2\.0$/u);
  await finder.fill('no such license');
  await expect(group.getByText('None matches.')).toBeHidden();
  await finder.fill('zzzz');
  await expect(shown).toHaveCount(1);
  await group.locator('input[value="apache-2.0"]').uncheck();
  await finder.fill('zzzzz');
  await expect(group.getByText('None matches.')).toBeVisible();
  await finder.fill('');
  expect(await shown.count()).toBe(await group.locator('input[name="license"]').count());
});

test('a row names the variants whose verdict differs, and a filter weighs each variant apart', async ({ page }) => {
  await page.goto('');
  const qwen = page.locator('tr[data-model="qwen2"]');
  const split = qwen.locator('.verdict-split');
  await expect(split).toContainText('Qwen2-72B');
  await expect(split).toContainText('Conditional');
  await expect(split.getByRole('link')).toHaveAttribute('href', /\/models\/qwen2\/#qwen2-72b$/u);

  // The main weights are "Yes" and 72B is not: no "Yes" filter at 60-80B may show the row.
  await page.goto('?commercial=yes&params=60-80');
  await packed(page);
  expect(await visibleIds(page)).not.toContain('qwen2');
  await page.goto('?commercial=conditional&params=60-80');
  await packed(page);
  expect(await visibleIds(page)).toContain('qwen2');
  await page.goto('?commercial=yes');
  await packed(page);
  expect(await visibleIds(page)).toContain('qwen2');
  // Shown under "Yes", the row still says which variant is not.
  await expect(split).toBeVisible();
});

test('models ticked in the table open side by side on /compare/', async ({ page }) => {
  await page.goto('./');
  for (const name of ['Llama 2', 'Mistral 7B', 'Qwen2.5'])
    await page.getByRole('checkbox', { name: `Compare ${name}`, exact: true }).check();
  await page.getByRole('button', { name: 'Compare the models you tick' }).click();
  await expect(page).toHaveURL(/\/compare\/\?models=/);
  expect(new URL(page.url()).searchParams.getAll('models').sort()).toEqual(['llama-2', 'mistral-7b', 'qwen2-5']);
  const heads = page.locator('[data-compare-output] thead th');
  await expect(heads).toHaveCount(3);
  for (const name of ['Llama 2', 'Mistral 7B', 'Qwen2.5']) await expect(heads.filter({ hasText: name })).toHaveCount(1);
});

test('a long license name takes at most two lines, with the whole name in its title', async ({ page }) => {
  await page.goto('./');
  const links = page.locator('tbody tr[data-model] a.license-name');
  const tallest = await links.evaluateAll((elements) =>
    Math.max(...elements.map((link) => link.clientHeight / parseFloat(getComputedStyle(link).lineHeight))),
  );
  expect(tallest).toBeLessThanOrEqual(2.05);
  const clipped = page.locator('tr[data-model="hunyuan-a13b"] a.license-name');
  expect(await clipped.getAttribute('title')).toBe((await clipped.textContent())?.trim());
  expect(await clipped.evaluate((link) => link.scrollHeight > link.clientHeight)).toBe(true);
});
