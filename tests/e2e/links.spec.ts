import { expect, test } from '@playwright/test';
import { crawl } from './pages-list.ts';

// Every internal link and asset resolves, and none escapes the base path.
test('every internal link resolves under the base path', async ({ request, baseURL }) => {
  const { broken, outsideBase, seen } = await crawl(request, baseURL!);
  expect(broken).toEqual([]);
  expect(outsideBase).toEqual([]);
  expect(seen.size).toBeGreaterThan(60);
});
