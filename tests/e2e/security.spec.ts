import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config.ts';
import { brokenLinks, pagePolicyProblems, unsafeMarkup } from '../support/dist-check.ts';
import { allPages } from './pages-list.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

test('dist under the base path: every link, asset and anchor resolves; no unsafe markup; the policy on every page', () => {
  expect(brokenLinks(DIST, { base: BASE_PATH, site: 'https://atlas.example' })).toEqual([]);
  expect(unsafeMarkup(DIST)).toEqual([]);
  expect(pagePolicyProblems(DIST)).toEqual([]);
});

/** A browser context that records policy violations in each page and every request to another origin. */
async function watchedContext(context: BrowserContext, origin: string) {
  const offsite: string[] = [];
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) offsite.push(request.url());
  });
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { offsite, violations };
}

test('no page breaks its Content-Security-Policy or reaches another origin, with filters, search and copy buttons in use', async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const pages = await allPages(request, baseURL!);
  expect(pages.length).toBeGreaterThan(60);
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { offsite, violations } = await watchedContext(context, new URL(baseURL!).origin);
  const page = await context.newPage();
  const failures: string[] = [];
  for (const url of pages) {
    await page.goto(url);
    failures.push(...(await violations(page)).map((violation) => `${url}: ${violation}`));
  }

  // The scripts that do the most: table filters, the search page, copy buttons, the theme.
  await page.goto('./');
  await page.locator('input[name="q"]').first().fill('llama');
  await page.locator('input[type="checkbox"][name="commercial"][value="yes"]').check();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  failures.push(...(await violations(page)).map((violation) => `table: ${violation}`));
  await page.goto('search/?q=Llama');
  await expect(page.locator('.search-result a').first()).toBeVisible();
  await page.locator('select[name="commercial"]').selectOption('Yes');
  await expect(page).toHaveURL(/commercial=Yes/);
  failures.push(...(await violations(page)).map((violation) => `search: ${violation}`));
  await page.goto('models/llama-2/');
  await page.getByText('Snippets for the license badge').click();
  const copy = page.locator('button[data-copy="badge-license-html"]');
  await copy.click();
  await expect(copy).toHaveText('Copied');
  failures.push(...(await violations(page)).map((violation) => `copy: ${violation}`));

  await context.close();
  expect(failures).toEqual([]);
  expect(offsite).toEqual([]);
});

test('a violation is reported when a page breaks its policy', async ({ browser, baseURL }) => {
  // The listener above works: an inline script injected into a page is blocked and recorded.
  const context = await browser.newContext();
  const { violations } = await watchedContext(context, new URL(baseURL!).origin);
  const page = await context.newPage();
  await page.goto('about/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toHaveLength(1);
  expect(await page.title()).not.toBe('ran');
  await context.close();
});
