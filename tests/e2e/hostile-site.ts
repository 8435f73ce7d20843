// Builds the hostile fixture (tests/fixtures/hostile, whose own configuration leaves the validator
// out) and serves it, for the browser tests in hostile.spec.ts. Run by Playwright as a second web
// server; the copy of the project is removed when Playwright stops it.
import { spawn } from 'node:child_process';
import { ASTRO, HOSTILE_FIXTURE, PAGEFIND, projectCopy } from '../support/fixtures.ts';

const port = process.argv[2] ?? '4330';
const project = projectCopy(HOSTILE_FIXTURE);
const stop = () => {
  project.remove();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

for (const [script, args] of [
  [ASTRO, ['build']],
  [PAGEFIND, ['--site', 'dist']],
] as const) {
  const { status, output } = project.run(script, [...args], { SITE_URL: 'https://atlas.example' });
  if (status !== 0) {
    console.error(output);
    stop();
  }
}
const preview = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', port], {
  cwd: project.root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
preview.on('exit', stop);
