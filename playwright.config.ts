import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium.ts';

// The browser tests run against the built site, under a non-root base path so every internal
// link is proven to respect it. Chromium comes from the system (tests/support/chromium.ts).
export const BASE_PATH = '/atlas/';
// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4329);
// The hostile fixture's site (hostile.spec.ts), built with validation skipped, at the root.
export const HOSTILE_URL = `http://127.0.0.1:${PORT + 1}/`;
export const REPOSITORY = 'https://github.com/example/open-llm-atlas';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  // Started one after the other, so the two builds never run at once.
  webServer: [
    {
      command: `npm run build && npx astro preview --host 127.0.0.1 --port ${PORT}`,
      // A repository, so its links (report a problem, edit this page) are built and tested too.
      env: {
        BASE_PATH,
        SITE_URL: 'https://atlas.example',
        REPOSITORY_URL: REPOSITORY,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `node tests/e2e/hostile-site.ts ${PORT + 1}`,
      url: HOSTILE_URL,
      reuseExistingServer: false,
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
