import { expect, test } from '@playwright/test';

// Crawls the built site from its home page: every internal link and asset resolves, and none
// escapes the base path.
test('every internal link resolves under the base path', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const queue = [base.href];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (!response.ok()) {
      broken.push(`${url} → ${response.status()}`);
      continue;
    }
    if (!response.headers()['content-type']?.includes('text/html')) continue;
    const html = await response.text();
    for (const [, link] of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
      const target = new URL(link!.replaceAll('&amp;', '&'), url);
      if (target.origin !== base.origin) continue;
      expect(target.pathname.startsWith(base.pathname), `${link} on ${url} ignores the base path`).toBe(true);
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(60);
});
