import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './pages-list.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any page in ${colorScheme} mode`, async ({ browser, request, baseURL }) => {
    test.setTimeout(240_000);
    const pages = await allPages(request, baseURL!);
    expect(pages.length).toBeGreaterThan(60);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const violation of violations) failures.push(`${url}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
}
