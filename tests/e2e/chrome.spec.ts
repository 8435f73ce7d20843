// The site's chrome: the header, the footer and the not-found page, the same on every page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { REPOSITORY } from '../../playwright.config.ts';

const left = async (locator: Locator) => Math.round((await locator.boundingBox())!.x);

/** Where the logo, each section's link, the page's heading and the footer start. */
async function edges(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  return {
    logo: await left(nav.getByRole('link', { name: 'Open LLM Atlas' })),
    links: await Promise.all(
      ['Models', 'Can I use it?', 'Compare', 'Search', 'About'].map((name) =>
        left(nav.getByRole('link', { name, exact: true })),
      ),
    ),
    heading: await left(page.getByRole('heading', { level: 1 })),
    footer: await left(page.locator('#site-footer p').first()),
  };
}

test('the logo, the menu, the heading and the footer start at the same place on every page at 1280 px', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('./');
  const home = await edges(page);
  expect(home.heading).toBe(home.logo);
  expect(home.footer).toBe(home.logo);
  for (const path of ['timeline/', 'models/llama-2/', 'about/', 'no-such-page/']) {
    await page.goto(path);
    expect(await edges(page), path).toEqual(home);
  }
  await context.close();
});

test('the menu marks the current section, in bold with a bar, not by colour alone', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const style = (link: Locator) =>
    link.evaluate((element) => {
      const { fontWeight, textDecorationLine } = getComputedStyle(element);
      return { bold: Number(fontWeight) >= 700, underlined: textDecorationLine.includes('underline') };
    });
  for (const [path, name, mark] of [
    ['./', 'Models', 'page'],
    ['use/', 'Can I use it?', 'page'],
    ['compare/', 'Compare', 'page'],
    ['search/', 'Search', 'page'],
    ['about/', 'About', 'page'],
    ['models/llama-2/', 'Models', 'true'],
  ] as const) {
    await page.goto(path);
    const current = nav.locator('[aria-current]');
    await expect(current, path).toHaveCount(1);
    await expect(current, path).toHaveText(name);
    await expect(current, path).toHaveAttribute('aria-current', mark);
    expect(await style(current), path).toEqual({ bold: true, underlined: true });
    const other = nav.locator('.site-nav-link:not([aria-current])').first();
    expect(await style(other), path).toEqual({ bold: false, underlined: false });
  }
  // A page outside the sections marks none.
  await page.goto('licenses/');
  await expect(nav.locator('[aria-current]')).toHaveCount(0);
});

test('the menu does not move when the current section changes', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const widths = () =>
    nav.locator('.site-nav-link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().width));
  await page.goto('./');
  const home = await widths();
  await page.goto('about/');
  expect(await widths()).toEqual(home);
});

test('an unknown address gets the not-found page: a message, the table, the search and the sections', async ({
  page,
}) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  // Kept out of the search index, whose pages each carry data-pagefind-body.
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  const main = page.locator('main');
  for (const name of ['Can I use it?', 'Compare', 'About', 'Licenses', 'Timeline']) {
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const search = main.getByRole('search');
  await expect(search).toHaveAttribute('method', 'get');
  await search.getByRole('searchbox').fill('llama');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/atlas\/search\/\?q=llama$/);
  await page.goBack();
  await main.getByRole('link', { name: 'Go to the table of all models' }).click();
  await expect(page).toHaveURL(/\/atlas\/$/);
  await expect(page.locator('tbody tr[data-model]').first()).toBeVisible();
});

test('the footer lists its links apart, each on one line of its own at phone width', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('about/');
  const items = page.locator('#site-footer li');
  expect(await items.allInnerTexts()).toEqual(
    expect.arrayContaining(['Licenses', 'Timeline', 'Openness', 'Data as JSON and CSV', 'Report a problem']),
  );
  for (const item of await items.all()) {
    const box = (await item.boundingBox())!;
    expect(box.height, await item.innerText()).toBeLessThanOrEqual(24);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expect(page.locator('#site-footer').getByRole('link', { name: 'Report a problem' })).toHaveAttribute(
    'href',
    `${REPOSITORY}/issues/new`,
  );
  await context.close();
});

test('"open an issue" on the about page links to the repository', async ({ page }) => {
  await page.goto('about/');
  await expect(page.getByRole('link', { name: 'Open an issue' })).toHaveAttribute(
    'href',
    `${REPOSITORY}/issues/new?template=wrong-data.yml`,
  );
});

test('every filter option is a full touch target at phone width', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('./');
  for (const summary of await page.locator('.filters-group summary').all()) await summary.click();
  const heights = await page
    .locator('.filters-option')
    .evaluateAll((labels) =>
      labels.filter((label) => label.checkVisibility()).map((label) => label.getBoundingClientRect().height),
    );
  expect(heights.length).toBeGreaterThan(20);
  expect(heights.filter((height) => height < 24)).toEqual([]);
  await context.close();
});

test('names in the table read as names, underlined on hover; links in prose stay underlined', async ({ page }) => {
  await page.goto('./');
  const decoration = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).textDecorationLine);
  const name = page.locator('tr[data-model="llama-2"] th a');
  expect(await decoration(name)).toBe('none');
  const colors = await name.evaluate((element) => [
    getComputedStyle(element).color,
    getComputedStyle(element.closest('tr')!).color,
  ]);
  expect(colors[0]).toBe(colors[1]);
  await name.hover();
  expect(await decoration(name)).toBe('underline');
  expect(await decoration(page.locator('tr[data-model="llama-2"] td a').first())).toBe('none');
  expect(await decoration(page.getByRole('link', { name: 'release timeline' }))).toBe('underline');
});
