// npm run bench: builds the site with the real content and with N synthetic models (default
// 1,000 and 5,000), measures build, size and browser costs, and writes bench/RESULTS.md and
// bench/results.json with each budget marked pass or fail. Nothing here runs in the test suite
// except a tiny N that proves the script works.
//
//   npm run bench -- [--sizes real,1000,5000] [--runs 21] [--lighthouse-runs 3] [--out bench] [--no-lighthouse] [--port 4410]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  firstContentfulPaint,
  lighthouseScores,
  searchTimes,
  tableInteractions,
  withBrowser,
} from './bench/browser.ts';
import { BenchProject } from './bench/project.ts';
import { evaluateBudgets, renderReport, type Machine, type SizeResult } from './bench/report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000,5000' },
    runs: { type: 'string', default: '21' },
    out: { type: 'string', default: 'bench' },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    port: { type: 'string', default: '4410' },
  },
});
const sizes = values.sizes.split(',').map((size) => (size === 'real' ? 'real' : Number(size)));
if (sizes.some((size) => size !== 'real' && !(Number.isInteger(size) && size > 0))) {
  console.error(`--sizes takes "real" or whole numbers, comma-separated: got "${values.sizes}"`);
  process.exit(2);
}
const runs = Number(values.runs);
const lighthouseRuns = Number(values['lighthouse-runs']);
for (const [option, value] of [
  ['runs', runs],
  ['lighthouse-runs', lighthouseRuns],
] as const) {
  if (!(Number.isInteger(value) && value > 0)) {
    console.error(`--${option} takes a whole number above 0: got "${values[option]}"`);
    process.exit(2);
  }
}
const useLighthouse = !values['no-lighthouse'];
const port = Number(values.port);
// Lighthouse's budgets name the real data and 1,000 models; larger sites skip it to save time.
const LIGHTHOUSE_MAX_MODELS = 1000;
const LIGHTHOUSE_PAGES = ['', 'models/llama-2/', 'use/'];

const log = (message: string) => console.log(`[bench] ${message}`);

async function measure(size: number | 'real'): Promise<SizeResult> {
  const project = new BenchProject(size);
  try {
    log(`${size}: ${project.models} models in ${project.root}`);
    const astroCold = project.astroBuild();
    const imagesAfterCold = project.cachedImages();
    log(`${size}: astro build (cold image cache) ${astroCold.seconds.toFixed(1)} s`);
    const astroWarm = project.astroBuild();
    const imagesDrawnOnWarmBuild = project.cachedImages() - imagesAfterCold;
    log(`${size}: astro build (warm image cache) ${astroWarm.seconds.toFixed(1)} s`);
    const pagefind = project.pagefind();
    log(`${size}: pagefind ${pagefind.seconds.toFixed(1)} s`);
    const server = await project.serve(port);
    try {
      const browser = await withBrowser(async (chromium) => ({
        firstContentfulPaintMs: await firstContentfulPaint(chromium, server.url, Math.min(runs, 7)),
        interactions: await tableInteractions(chromium, server.url, runs),
        search: await searchTimes(chromium, `${server.url}search/`, ['llama', 'apache'], Math.min(runs, 11)),
        version: chromium.version(),
      }));
      log(`${size}: browser ${JSON.stringify(browser.interactions)} search ${JSON.stringify(browser.search)}`);
      const lighthouse =
        useLighthouse && project.models <= LIGHTHOUSE_MAX_MODELS
          ? await lighthouseScores(
              LIGHTHOUSE_PAGES.map((page) => ({ page: `/${page}`, url: `${server.url}${page}` })),
              lighthouseRuns,
            )
          : null;
      if (lighthouse)
        log(
          `${size}: lighthouse ${lighthouse.map((scores) => `${scores.page} ${scores.performance}/${scores.accessibility}/${scores.bestPractices}/${scores.seo}`).join(', ')}`,
        );
      return {
        label: size,
        models: project.models,
        build: {
          astroCold,
          astroWarm,
          imagesSeconds: Math.max(0, astroCold.seconds - astroWarm.seconds),
          imagesDrawn: imagesAfterCold,
          imagesDrawnOnWarmBuild,
          pagefind,
          totalSeconds: astroCold.seconds + pagefind.seconds,
        },
        dist: project.distSize(),
        tablePage: project.pageWeight('index.html'),
        browser: {
          chromium: browser.version,
          firstContentfulPaintMs: browser.firstContentfulPaintMs,
          interactions: browser.interactions,
          search: browser.search,
        },
        lighthouse,
      };
    } finally {
      server.stop();
    }
  } finally {
    project.remove();
  }
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measure(size));

const machine: Machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  os: `${osType()} ${release()}`,
  node: process.version,
  chromium: results[0]?.browser.chromium ?? 'unknown',
};
const budgets = evaluateBudgets(results);
mkdirSync(values.out, { recursive: true });
const findingsFile = join(import.meta.dirname, '..', 'bench', 'FINDINGS.md');
const findings = existsSync(findingsFile) ? readFileSync(findingsFile, 'utf8') : '';
writeFileSync(
  join(values.out, 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, results, budgets }, null, 2)}\n`,
);
writeFileSync(join(values.out, 'RESULTS.md'), renderReport(machine, results, budgets, findings));
const failed = budgets.filter((budget) => !budget.pass);
log(
  `${budgets.length - failed.length} of ${budgets.length} budgets pass; results in ${join(values.out, 'RESULTS.md')}`,
);
for (const budget of failed) log(`FAIL ${budget.name}: ${budget.measured} (budget ${budget.limit})`);
