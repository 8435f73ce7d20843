// The hostile fixture's site (built by hostile-site.ts with validation skipped): every page and
// badge is opened in the browser, and none of the payloads may run, be blocked by the policy
// (which would mean it reached the markup) or break the page's structure.
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_URL } from '../../playwright.config.ts';
import { crawl } from './pages-list.ts';

test.use({ baseURL: HOSTILE_URL });

async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI || 'inline'}`),
    );
  });
  return { dialogs, violations: () => page.evaluate(() => (window as unknown as { seen: string[] }).seen) };
}

test('no payload runs or reaches the markup on any page or badge', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { pages, seen, broken } = await crawl(request, HOSTILE_URL);
  expect(broken).toEqual([]);
  const badges = [...seen].filter((url) => url.endsWith('.svg') && url.includes('/badges/'));
  // Three badges of each of the two models, and the commercial badge of the one variant.
  expect(badges.length).toBe(7);
  expect(pages.length).toBeGreaterThan(10);
  const { dialogs, violations } = await watch(page);
  const failures: string[] = [];
  for (const url of [...pages, ...badges]) {
    await page.goto(url);
    // Hovering and focusing every element would fire any event handler that slipped through.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('*')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        element.dispatchEvent(new FocusEvent('focus'));
      }
    });
    failures.push(...(await violations()).map((violation) => `${url}: ${violation}`));
    if (!url.endsWith('.svg')) {
      for (const landmark of ['main', 'footer', 'header']) {
        if ((await page.locator(landmark).count()) !== 1)
          failures.push(`${url}: ${landmark} is not there exactly once`);
      }
    }
  }
  expect(dialogs).toEqual([]);
  expect(failures).toEqual([]);
});

test('hostile names are shown as the text they are', async ({ page }) => {
  const { dialogs } = await watch(page);
  await page.goto('models/hostile-model/');
  await expect(page.locator('h1')).toHaveText(`</script><script>alert('name')</script> "Quoted" & <Model> 'single'`);
  expect(await page.title()).toMatch(/^<\/script><script>alert\('name'\)<\/script>/);
  await page.goto('organizations/hostile-lab/');
  await expect(page.locator('h1')).toHaveText(`Evil "Lab" <script>alert('org')</script> & <b onmouseover=alert(1)>`);
  await page.goto('licenses/hostile-license/');
  await expect(page.locator('h1')).toContainText(`<script>alert('license')</script> License "&"`);
  expect(dialogs).toEqual([]);
});

test('the table and compare view render hostile rows without running them', async ({ page }) => {
  const { dialogs, violations } = await watch(page);
  await page.goto('./?q=script');
  await expect(page.locator('tr[data-model="hostile-model"]')).toBeVisible();
  await page.goto('compare/?models=hostile-model,formula-model');
  await expect(page.locator('[data-compare-output]')).toContainText('=HYPERLINK("https://evil.example","click")');
  expect(await violations()).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('search results and their filters render hostile names without markup', async ({ page }) => {
  const { dialogs, violations } = await watch(page);
  await page.goto('search/?q=alert');
  // The filters list each license by name, and each result shows its name and license.
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(page.locator('select[name="license"]')).toContainText('svg onload=alert(1)');
  await expect(page.locator('[data-search-results]')).toContainText('svg onload=alert(1)');
  expect(await page.locator('#search :is(svg, script), [data-search-results] :is(svg, script)').count()).toBe(0);
  expect(await violations()).toEqual([]);
  expect(dialogs).toEqual([]);
});
