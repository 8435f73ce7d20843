// The benchmark's budgets (issue "Performance at scale") and the Markdown report.
import type { LighthouseScores, Interactions, SearchTimes } from './browser.ts';
import type { Bytes, Step } from './project.ts';

export interface Machine {
  cpu: string;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface SizeResult {
  /** "real" for the project's own content, else the model count asked for. */
  label: number | 'real';
  models: number;
  build: {
    astroCold: Step;
    astroWarm: Step;
    /** Image drawing time: the cold build less the warm one, whose images all come from the cache. */
    imagesSeconds: number;
    imagesDrawn: number;
    imagesDrawnOnWarmBuild: number;
    pagefind: Step;
    /** What a fresh build costs: astro build with a cold image cache, then Pagefind. */
    totalSeconds: number;
  };
  dist: { files: number; bytes: number };
  tablePage: { html: Bytes; js: Bytes; css: Bytes };
  browser: {
    chromium: string;
    firstContentfulPaintMs: number;
    interactions: Interactions;
    search: SearchTimes;
  };
  lighthouse: LighthouseScores[] | null;
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value} ms`;
const seconds = (value: number) => `${value.toFixed(1)} s`;

export function evaluateBudgets(results: SizeResult[]): Budget[] {
  const budgets: Budget[] = [];
  const add = (name: string, limit: string, measured: string, pass: boolean) =>
    budgets.push({ name, limit, measured, pass });
  for (const result of results) {
    const at = result.label === 'real' ? `real data (${result.models})` : `${result.models} models`;
    add(`table page JS, ${at}`, '≤ 10 kB gzip', kB(result.tablePage.js.gzip), result.tablePage.js.gzip <= 10_000);
    add(
      `unchanged images redrawn on a second build, ${at}`,
      '0',
      String(result.build.imagesDrawnOnWarmBuild),
      result.build.imagesDrawnOnWarmBuild === 0,
    );
    const interactionLimit = result.models >= 5000 ? 100 : result.models >= 1000 ? 50 : null;
    if (interactionLimit !== null) {
      const { filter, sort, showAll } = result.browser.interactions;
      add(`filter change to next frame, ${at}`, `≤ ${interactionLimit} ms`, ms(filter), filter <= interactionLimit);
      add(`sort to next frame, ${at}`, `≤ ${interactionLimit} ms`, ms(sort), sort <= interactionLimit);
      add(`"show all" to next frame, ${at}`, `≤ ${interactionLimit} ms`, ms(showAll), showAll <= interactionLimit);
    }
    // Search answers at the real catalog and at 1,000 models (issue "Search that answers").
    if (result.label === 'real' || result.label === 1000) {
      const { cold, warm } = result.browser.search;
      add(`search, typing to first result (cold), ${at}`, '≤ 300 ms', ms(cold), cold <= 300);
      add(`search, typing to first result (warm), ${at}`, '≤ 100 ms', ms(warm), warm <= 100);
    }
    if (result.label === 1000) {
      add(`build and index, ${at}`, '< 90 s', seconds(result.build.totalSeconds), result.build.totalSeconds < 90);
      add(
        `table page HTML, ${at}`,
        '≤ 120 kB gzip',
        kB(result.tablePage.html.gzip),
        result.tablePage.html.gzip <= 120_000,
      );
    }
    if (result.label === 5000)
      add(`build and index, ${at}`, '< 8 min', seconds(result.build.totalSeconds), result.build.totalSeconds < 480);
    for (const scores of result.lighthouse ?? []) {
      if (result.label === 'real') {
        for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
          add(
            `Lighthouse mobile ${category} on ${scores.page}, ${at}`,
            '100',
            String(scores[category]),
            scores[category] === 100,
          );
        }
      } else {
        add(
          `Lighthouse mobile performance on ${scores.page}, ${at}`,
          '≥ 95',
          String(scores.performance),
          scores.performance >= 95,
        );
      }
    }
  }
  const small = results.find((result) => result.label === 1000);
  const large = results.find((result) => result.label === 5000);
  if (small && large) {
    // Linear growth: the cost per model at 5,000 stays within a quarter of the cost at 1,000.
    const ratio = large.build.totalSeconds / large.models / (small.build.totalSeconds / small.models);
    add('build time grows linearly (per-model cost at 5,000 ÷ at 1,000)', '≤ 1.25', ratio.toFixed(2), ratio <= 1.25);
  }
  return budgets;
}

export function renderReport(machine: Machine, results: SizeResult[], budgets: Budget[], findings: string): string {
  const label = (result: SizeResult) => (result.label === 'real' ? `real (${result.models})` : String(result.models));
  const columns = (cells: (result: SizeResult) => string) => results.map(cells).join(' | ');
  const header = `| | ${columns(label)} |\n|---|${results.map(() => '---').join('|')}|`;
  const row = (name: string, cells: (result: SizeResult) => string) => `| ${name} | ${columns(cells)} |`;
  const memory = (step: Step) => (step.peakMemoryMB === null ? 'n/a' : `${step.peakMemoryMB} MB`);
  const lighthouseRows = results.flatMap((result) =>
    (result.lighthouse ?? []).map(
      (scores) =>
        `| ${label(result)} | ${scores.page} | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} | ${scores.firstContentfulPaintMs} | ${scores.largestContentfulPaintMs} | ${scores.totalBlockingTimeMs} | ${scores.cumulativeLayoutShift} |`,
    ),
  );
  const passed = budgets.filter((budget) => budget.pass).length;
  return `# Benchmark results

Written by \`npm run bench\`; do not edit by hand (the last section comes from \`bench/FINDINGS.md\`).

## Machine
- CPU: ${machine.cpu}; memory: ${machine.memoryGB} GB; ${machine.os}
- Node ${machine.node}; Chromium ${machine.chromium} (headless)

## Budgets: ${passed} of ${budgets.length} pass

| Budget | Limit | Measured | |
|---|---|---|---|
${budgets.map((budget) => `| ${budget.name} | ${budget.limit} | ${budget.measured} | ${budget.pass ? 'pass' : '**FAIL**'} |`).join('\n')}

## Build

${header}
${row('astro build, cold image cache', (result) => seconds(result.build.astroCold.seconds))}
${row('astro build, warm image cache', (result) => seconds(result.build.astroWarm.seconds))}
${row('image generation (cold − warm)', (result) => `${seconds(result.build.imagesSeconds)} for ${result.build.imagesDrawn} images`)}
${row('images redrawn on the warm build', (result) => String(result.build.imagesDrawnOnWarmBuild))}
${row('Pagefind', (result) => seconds(result.build.pagefind.seconds))}
${row('build and index (cold astro build + Pagefind)', (result) => seconds(result.build.totalSeconds))}
${row('peak memory, astro build', (result) => memory(result.build.astroCold))}
${row('peak memory, Pagefind', (result) => memory(result.build.pagefind))}
${row('dist', (result) => `${result.dist.files} files, ${(result.dist.bytes / 1e6).toFixed(1)} MB`)}

## The table page (\`/\`)

${header}
${row('HTML raw / gzip', (result) => `${kB(result.tablePage.html.raw)} / ${kB(result.tablePage.html.gzip)}`)}
${row('JS raw / gzip', (result) => `${kB(result.tablePage.js.raw)} / ${kB(result.tablePage.js.gzip)}`)}
${row('CSS raw / gzip', (result) => `${kB(result.tablePage.css.raw)} / ${kB(result.tablePage.css.gzip)}`)}
${row('first contentful paint (median)', (result) => ms(result.browser.firstContentfulPaintMs))}
${row('filter change to next frame (median)', (result) => ms(result.browser.interactions.filter))}
${row('sort to next frame (median)', (result) => ms(result.browser.interactions.sort))}
${row('"show all" to next frame (median)', (result) => ms(result.browser.interactions.showAll))}
${row('search box ready after navigation (median)', (result) => ms(result.browser.search.ready))}
${row('search, typing to first result (median, cold: first query)', (result) => ms(result.browser.search.cold))}
${row('search, typing to first result (median, warm: a second query)', (result) => ms(result.browser.search.warm))}

Interactions are clicks dispatched in the page at 1280 × 800, timed from the click until a task
queued from the next animation frame runs, i.e. after that frame's style, layout and paint:
median of ${results[0]?.browser.interactions.runs ?? 0} runs each. First paint: median of up to 7 fresh loads.
Search (\`/search/\`): median of up to 11 fresh loads; in the page, from the query's input event
until its first result is painted; cold is "llama", the first query after the box is ready (the
index's entry and filters load before it shows); warm is "apache" next, on the same page.

## Lighthouse (mobile preset, simulated throttling)

${
  lighthouseRows.length === 0
    ? 'Not run.'
    : `Lighthouse's score moves from run to run; each page's row is the run Lighthouse's own
\`computeMedianRun\` picks from ${results.find((result) => result.lighthouse)?.lighthouse?.[0]?.runs ?? 0} runs.

| Models | Page | Performance | Accessibility | Best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |
|---|---|---|---|---|---|---|---|---|---|
${lighthouseRows.join('\n')}`
}

${findings.trim()}
`;
}
