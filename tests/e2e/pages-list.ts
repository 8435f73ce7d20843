import type { APIRequestContext } from '@playwright/test';

export interface Crawl {
  /** Every HTML page reached. */
  pages: string[];
  /** Every internal URL that did not answer 200, with the status. */
  broken: string[];
  /** Internal links that ignore the base path. */
  outsideBase: string[];
  /** Every internal URL reached, pages and assets. */
  seen: Set<string>;
}

/** Follows every internal link and asset of the built site from its home page and its not-found
 * page (404.html, which no page links to). */
export async function crawl(request: APIRequestContext, baseURL: string): Promise<Crawl> {
  const base = new URL(baseURL);
  const queue = [base.href, new URL('404.html', base).href];
  const result: Crawl = { pages: [], broken: [], outsideBase: [], seen: new Set(queue) };
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (!response.ok()) {
      result.broken.push(`${url} → ${response.status()}`);
      continue;
    }
    if (!response.headers()['content-type']?.includes('text/html')) continue;
    result.pages.push(url);
    // A script's own text is code, not markup: the /badges/ picker writes HTML snippets with href="…".
    const html = (await response.text()).replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
    for (const [, link] of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
      const target = new URL(link!.replaceAll('&amp;', '&'), url);
      if (target.origin !== base.origin) continue;
      if (!target.pathname.startsWith(base.pathname)) result.outsideBase.push(`${link} on ${url}`);
      if (!result.seen.has(target.href)) {
        result.seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return result;
}

/** Every HTML page of the built site without a query string. */
export async function allPages(request: APIRequestContext, baseURL: string): Promise<string[]> {
  return (await crawl(request, baseURL)).pages.filter((page) => !new URL(page).search);
}
