// npm run build: astro build, then the Pagefind index. Fails when Astro logs any warning or error,
// even when it would finish anyway (an entry it could not find, an empty collection, a skipped
// file): a build that works only silently is a broken build. Prints only what matters to someone
// building the site: no telemetry notice (the project sends Astro none) and no Pagefind banners.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const pagefind = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** The lines of Astro's log that are warnings or errors. */
export function problemLines(log: string): string[] {
  return stripVTControlCharacters(log)
    .split('\n')
    .filter((line) => /\[(WARN|ERROR)\]/.test(line))
    .map((line) => line.trim());
}

function run(script: string, args: string[]): Promise<{ status: number | null; log: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let log = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (status) => resolve({ status, log }));
  });
}

if (import.meta.main) {
  const build = await run(astro, ['build', ...process.argv.slice(2)]);
  if (build.status !== 0) process.exit(build.status ?? 1);
  const problems = problemLines(build.log);
  if (problems.length > 0) {
    console.error(
      `\nThe build logged ${problems.length} warning${problems.length === 1 ? '' : 's'} or error${problems.length === 1 ? '' : 's'}; fix ${problems.length === 1 ? 'it' : 'them'}:\n${problems.map((line) => `  ${line}`).join('\n')}`,
    );
    process.exit(1);
  }
  const outDir = process.argv.includes('--outDir') ? process.argv[process.argv.indexOf('--outDir') + 1]! : 'dist';
  // Quiet: Pagefind still prints its warnings and errors.
  const index = await run(pagefind, ['--site', outDir, '--quiet']);
  if (index.status === 0) console.log(`search index written to ${outDir}/pagefind/`);
  process.exit(index.status ?? 1);
}
