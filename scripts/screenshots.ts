// npm run screenshots -- <site URL>: the README's screenshots, taken from a running build (say
// `npm start`) into .github/screenshots/: each page at 1280 and 390 px, light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium.ts';

const PAGES = {
  home: '',
  model: 'models/llama-2/',
  use: 'use/?allows=commercial,distillation',
  compare: 'compare/?models=llama-2,mistral-7b,qwen2-5',
  timeline: 'timeline/',
  lineage: 'lineage/',
} as const;
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;
const OUT = join(import.meta.dirname, '..', '.github', 'screenshots');

const site = process.argv[2];
if (!site) {
  console.error('usage: npm run screenshots -- <site URL, e.g. http://localhost:4321/>');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [width, viewport] of Object.entries(WIDTHS)) {
  for (const colorScheme of THEMES) {
    const page = await browser.newPage({ viewport, colorScheme });
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
      const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
