import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The table page's own script stays small (Pagefind's files, loaded only on /search/, excepted).
const TABLE_PAGE_JS_BUDGET = 10 * 1024;

test('the table page ships at most 10 KB of gzipped JavaScript', async ({ request, baseURL }) => {
  const html = await (await request.get('./')).text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => new URL(match[1]!, baseURL).href);
  const seen = new Set<string>();
  const bundles: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await (await request.get(url)).text();
    bundles.push(code);
    for (const [, path] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      queue.push(new URL(path!, url).href);
  }
  expect(bundles.length).toBeGreaterThan(0);
  const size = [...inline, ...bundles].reduce((total, code) => total + gzipSync(code).length, 0);
  expect(size).toBeLessThanOrEqual(TABLE_PAGE_JS_BUDGET);
});
