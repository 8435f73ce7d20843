import type { APIRequestContext } from '@playwright/test';

/** Every HTML page of the built site, found by following links from the home page. */
export async function allPages(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const base = new URL(baseURL);
  const queue = [base.href];
  const seen = new Set(queue);
  const pages: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (!response.ok() || !response.headers()['content-type']?.includes('text/html')) continue;
    pages.push(url);
    for (const [, link] of (await response.text()).matchAll(/href="([^"#?]+)/g)) {
      const target = new URL(link!, url);
      if (target.origin === base.origin && target.pathname.startsWith(base.pathname) && target.pathname.endsWith('/') && !seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return pages;
}
