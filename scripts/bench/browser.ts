// What a visitor's browser sees: first paint, the table's interactions to the next painted frame,
// Pagefind's first result, and Lighthouse's scores. Headless system Chromium, no throttling
// except Lighthouse's own (its mobile preset).
import { chromium, type Browser, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;

export interface Interactions {
  filter: number;
  sort: number;
  showAll: number;
  runs: number;
}

export interface LighthouseScores {
  page: string;
  /** How many runs the median run was picked from. */
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
}

export async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

export async function firstContentfulPaint(browser: Browser, url: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const paint = list.getEntriesByName('first-contentful-paint')[0];
              if (paint) resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await context.close();
  }
  return round(median(times));
}

/** Clicks an element and returns the milliseconds until the next frame has been painted. */
function clickToNextFrame(page: Page, selector: string): Promise<number> {
  return page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target);
    if (!element) throw new Error(`nothing matches ${target}`);
    const started = performance.now();
    element.click();
    // A task queued from requestAnimationFrame runs once that frame's style, layout and paint are done.
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0)),
    );
  }, selector);
}

const SORT_KEYS = ['name', 'parameters', 'release_date', 'license', 'openness'];

/** Median time to the next frame for a filter change, a sort and "show all" on the table page. */
export async function tableInteractions(browser: Browser, url: string, runs: number): Promise<Interactions> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('[data-sort-button]').first().waitFor();
  const status = page.locator('[data-table-status]');
  const all = await status.textContent();
  const times = { filter: [] as number[], sort: [] as number[], showAll: [] as number[] };
  const settle = () => page.waitForTimeout(150);
  for (let run = 0; run < runs; run += 1) {
    times.filter.push(await clickToNextFrame(page, 'input[name="commercial"][value="no"]'));
    if ((await status.textContent()) === all)
      throw new Error('the filter changed nothing: the benchmark would measure no work');
    await settle();
    times.showAll.push(await clickToNextFrame(page, '[data-filters] [data-reset]'));
    if ((await status.textContent()) !== all) throw new Error('"show all" did not bring every model back');
    await settle();
    times.sort.push(
      await clickToNextFrame(page, `th[data-sort-key="${SORT_KEYS[run % SORT_KEYS.length]}"] [data-sort-button]`),
    );
    await settle();
  }
  await page.close();
  return {
    filter: round(median(times.filter)),
    sort: round(median(times.sort)),
    showAll: round(median(times.showAll)),
    runs,
  };
}

export interface SearchTimes {
  /** Navigation start to the search box ready (index entry and filters loaded). */
  ready: number;
  /** Typing the first query after the page loads to its first result painted. */
  cold: number;
  /** A second, different query on the same page to its first result painted. */
  warm: number;
}

/**
 * Types `query` into /search/'s box in the page and waits for its first result to be painted
 * (a task queued from the next frame), timed in the page so the driver's round trips don't count.
 */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error(`no result for "${query}" on /search/ within 10 s`)), 10_000);
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (list.dataset.query !== query || !list.querySelector('.search-result')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        });
        observer.observe(list, { childList: true, attributes: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** Medians over fresh loads of /search/: when the box is ready, the first query (cold), a second one (warm). */
export async function searchTimes(browser: Browser, url: string, queries: [string, string], runs: number) {
  const times: Record<keyof SearchTimes, number[]> = { ready: [], cold: [], warm: [] };
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('#search-q').waitFor();
    times.ready.push(await page.evaluate(() => performance.getEntriesByName('search-ready')[0]!.startTime));
    times.cold.push(await timeQuery(page, queries[0]));
    times.warm.push(await timeQuery(page, queries[1]));
    await context.close();
  }
  return {
    ready: round(median(times.ready)),
    cold: round(median(times.cold)),
    warm: round(median(times.warm)),
  } satisfies SearchTimes;
}

/**
 * Lighthouse's scores for each page: of `runs` runs, the one Lighthouse itself calls the median
 * (closest to the median first paint and time to interactive), as its documentation advises for
 * a score that moves from run to run.
 */
export async function lighthouseScores(
  urls: { page: string; url: string }[],
  runs: number,
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const scores: LighthouseScores[] = [];
    for (const { page, url } of urls) {
      const results = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        results.push(result.lhr);
      }
      const { categories, audits } = computeMedianRun(results);
      const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
      const metric = (name: string) => Math.round((audits[name]?.numericValue ?? NaN) * 1000) / 1000;
      scores.push({
        page,
        runs,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        firstContentfulPaintMs: Math.round(metric('first-contentful-paint')),
        largestContentfulPaintMs: Math.round(metric('largest-contentful-paint')),
        totalBlockingTimeMs: Math.round(metric('total-blocking-time')),
        cumulativeLayoutShift: metric('cumulative-layout-shift'),
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
