import { expect, test } from '@playwright/test';

interface ApiModel {
  id: string;
  name: string;
  parameters: number[] | null;
  commercial_use: string;
  base_model: string | null;
  license_category: string;
  weights: string;
  variants: { id: string; name: string; base_model: string | null; commercial_use: string }[];
}

let models: ApiModel[] = [];
test.beforeAll(async ({ request }) => {
  models = ((await (await request.get('api/models.json')).json()) as { models: ApiModel[] }).models;
});

test('the timeline has one linked mark per model of known size, colored by verdict, and the same rows in its table', async ({
  page,
}) => {
  await page.goto('timeline/');
  const sized = models.filter((model) => model.parameters);
  const points = page.locator('[data-picture="timeline"] svg a[data-point]');
  await expect(points).toHaveCount(sized.length);
  for (const model of sized) {
    const point = page.locator(`svg a[data-model="${model.id}"]`);
    await expect(point).toHaveAttribute('data-verdict', model.commercial_use);
    await expect(point).toHaveAttribute('href', new RegExp(`/atlas/models/${model.id}/$`));
    if (model.weights === 'not-released') await expect(point).toHaveAttribute('data-closed', '');
  }
  await expect(page.locator('[data-picture="timeline"] [data-alternative] tbody tr')).toHaveCount(sized.length);
  await page.locator('svg a[data-model="mistral-7b"]').click();
  await expect(page).toHaveURL(/\/atlas\/models\/mistral-7b\/$/);
});

test('the lineage tree shows every fine-tune under its base, and the list says the same', async ({ page }) => {
  await page.goto('lineage/');
  const baseId = (ref: string | null | undefined) => ref?.split('/')[0];
  // Variants tuned from another base than their model's (distills, say) hang under that base.
  const tunedVariants = models.flatMap((model) =>
    model.variants
      .filter((variant) => {
        const base = baseId(variant.base_model);
        return base !== undefined && base !== model.id && base !== baseId(model.base_model);
      })
      .map((variant) => ({ model, variant, base: baseId(variant.base_model)! })),
  );
  expect(tunedVariants.length).toBeGreaterThan(0);
  const inFamily = models.filter(
    (model) =>
      model.base_model ||
      models.some((other) => baseId(other.base_model) === model.id) ||
      tunedVariants.some((tuned) => tuned.base === model.id),
  );
  const nodes = page.locator('[data-picture="lineage"] svg a[data-node="model"]');
  await expect(nodes).toHaveCount(inFamily.length + tunedVariants.length);
  for (const model of inFamily)
    await expect(page.locator(`svg a[data-model="${model.id}"]:not([data-variant])`)).toHaveAttribute(
      'data-verdict',
      model.commercial_use,
    );
  for (const { model, variant } of tunedVariants)
    await expect(page.locator(`svg a[data-model="${model.id}"][data-variant="${variant.id}"]`)).toHaveAttribute(
      'data-verdict',
      variant.commercial_use,
    );
  const fineTunes = models.filter((model) => model.base_model);
  await expect(page.locator('[data-picture="lineage"] svg path.edge:not(.edge-data)')).toHaveCount(
    fineTunes.length + tunedVariants.length,
  );
  const list = page.locator('[data-alternative] li[data-node="model"]');
  await expect(list).toHaveCount(inFamily.length + tunedVariants.length);
  const alpaca = models.find((model) => model.id === 'alpaca')!;
  await expect(list.filter({ hasText: 'Stanford Alpaca' })).toContainText(
    `fine-tuned from ${models.find((model) => model.id === alpaca.base_model)!.name}`,
  );
  const [first] = tunedVariants;
  await expect(list.filter({ hasText: first!.variant.name }).first()).toContainText(
    `fine-tuned from ${models.find((model) => model.id === first!.base)!.name}`,
  );
  await expect(page.locator('[data-alternative] li[data-node="data"]')).toHaveCount(
    await page.locator('svg g[data-node="data"]').count(),
  );
});

test('a model page shows its own family and its openness strip', async ({ page }) => {
  await page.goto('models/vicuna/');
  await expect(page.locator('[data-picture="lineage"] svg a[data-model="llama"]')).toHaveCount(1);
  await expect(page.locator('[data-picture="lineage"] svg a[data-model="pythia"]')).toHaveCount(0);
  await expect(page.locator('[data-picture="openness-strip"] [data-cell]')).toHaveCount(9);
  await page.goto('models/mistral-7b/');
  await expect(page.locator('[data-picture="lineage"]')).toHaveCount(0);
});

test('the openness page ranks every model and the license map counts every model', async ({ page }) => {
  await page.goto('openness/');
  const scores = await page
    .locator('[data-ranking] > li')
    .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-score'))));
  expect(scores.length).toBe(models.length);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await page.goto('licenses/');
  const counts = await page.locator('[data-picture="license-map"] [data-cell]').evaluateAll((cells) =>
    cells.map((cell) => ({
      category: cell.getAttribute('data-category'),
      verdict: cell.getAttribute('data-verdict'),
      count: Number(cell.getAttribute('data-count')),
    })),
  );
  expect(counts.reduce((sum, cell) => sum + cell.count, 0)).toBe(models.length);
  for (const cell of counts) {
    expect(cell.count).toBe(
      models.filter((model) => model.license_category === cell.category && model.commercial_use === cell.verdict)
        .length,
    );
  }
});

test('on a phone the pictures keep legible labels and scroll in their own focusable box', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, picture] of [
    ['timeline/', 'timeline'],
    ['lineage/', 'lineage'],
    ['models/llama-2/', 'lineage'],
  ] as const) {
    await page.goto(path);
    const figure = page.locator(`[data-picture="${picture}"]`);
    const box = figure.locator('.picture-scroll');
    await expect(box).toHaveAttribute('tabindex', '0');
    await expect(box).toHaveAttribute('role', 'region');
    await expect(box).toHaveAttribute('aria-label', /picture/);
    await expect(figure.locator('[data-picture-hint]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth), path).toBe(true);
    // Each label's height on screen: its font size in the picture's units times the picture's scale.
    const smallest = await box.locator('svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()!.a;
      const sizes = [...svg.querySelectorAll('text')].map(
        (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      );
      return Math.min(...sizes);
    });
    expect(smallest, path).toBeGreaterThanOrEqual(10);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft), path).toBeGreaterThan(0);
  }
  // The timeline's table scrolls in its own box too, never the page.
  await page.goto('timeline/');
  await page.getByText('The same as a table').click();
  await expect(page.locator('[data-alternative]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a wide screen the timeline fits and needs no hint', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('timeline/');
  await expect(page.locator('[data-picture-hint]')).toBeHidden();
  const box = page.locator('[data-picture="timeline"] .picture-scroll');
  expect(await box.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
});
