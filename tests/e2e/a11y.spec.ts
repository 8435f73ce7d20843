import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './pages-list.ts';

// Every page in both themes is the slowest check of the suite: it runs in shards, so the two
// browser workers share it and no single test holds a long timeout.
const SHARDS = 3;

for (const colorScheme of ['light', 'dark'] as const) {
  for (let shard = 0; shard < SHARDS; shard += 1) {
    test(`axe finds no violation on any page in ${colorScheme} mode (part ${shard + 1} of ${SHARDS})`, async ({
      browser,
      request,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const pages = await allPages(request, baseURL!);
      expect(pages.length).toBeGreaterThan(60);
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const url of pages.filter((_, index) => index % SHARDS === shard)) {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        for (const violation of violations)
          failures.push(`${url}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }
}

test('axe finds no violation on the main pages at phone width, in both themes', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const path of [
      './',
      'models/llama-2/',
      'use/?allows=hosting',
      'compare/?models=llama,bloom',
      'licenses/apache-2.0/',
      'no-such-page/',
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(violations.map((violation) => `${colorScheme} ${path}: ${violation.id}`)).toEqual([]);
    }
    await context.close();
  }
});

test('axe finds no violation in search results, in both themes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('search/?q=llama');
    await expect(page.locator('.search-excerpt').first()).toBeVisible();
    await expect(page.locator('.search-facts .verdict').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
    await context.close();
  }
});
