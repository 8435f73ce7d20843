import { expect, test } from '@playwright/test';
import { allPages } from './pages-list.ts';

// Pages whose state comes from the URL or a script, beside every page the crawl reaches.
const WITH_STATE = [
  'compare/?models=llama-2,mistral-7b,qwen2-5,deepseek-r1',
  'search/?q=llama',
  'use/?allows=commercial,distillation&users=1000000&revenue=5000000&region=eu',
  './?commercial=conditional&sort=-release_date',
  'badges/?model=deepseek-r1/deepseek-r1-distill-llama-8b',
];

test.use({ viewport: { width: 390, height: 844 } });

test('no page scrolls sideways on a 390 px phone, in either theme', async ({ browser, request, baseURL }) => {
  test.setTimeout(300_000);
  const pages = [...(await allPages(request, baseURL!)), ...WITH_STATE.map((path) => new URL(path, baseURL).href)];
  expect(pages.length).toBeGreaterThan(100);
  const wide: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
    const page = await context.newPage();
    // Light covers every page; dark, whose styles differ only in colour, the pages with state.
    for (const url of colorScheme === 'light' ? pages : pages.filter((url) => new URL(url).search)) {
      await page.goto(url);
      // Results, compare columns and the use groups arrive from scripts: wait for them first.
      if (url.includes('search/?')) await page.locator('.search-result').first().waitFor();
      if (url.includes('compare/?')) await page.locator('[data-compare-output] table').waitFor();
      if (url.includes('badges/?'))
        await expect(page.locator('#badge-license-markdown')).toContainText('deepseek-r1-distill-llama-8b');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${colorScheme} ${url}: ${width} px`);
    }
    await context.close();
  }
  expect(wide).toEqual([]);
});
