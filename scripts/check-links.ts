// npm run check-links: fetch every source URL the content cites and list the ones that fail.
// Needs the network, so it runs weekly in CI (.github/workflows/links.yml), not in the tests.
import { sourceLinks } from '../src/data/source-links.ts';

const CONCURRENCY = 8;
const TIMEOUT_MS = 20_000;

async function status(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { 'user-agent': 'open-llm-atlas link check' },
      });
      if (response.ok) return undefined;
      // Some hosts refuse HEAD or rate-limit robots; only a GET's answer counts as a failure.
      if (method === 'GET') return `HTTP ${response.status}`;
    } catch (error) {
      if (method === 'GET') return error instanceof Error ? error.message : String(error);
    }
  }
  return undefined;
}

const links = [...sourceLinks(process.cwd())];
const failures: string[] = [];
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < links.length) {
      const [url, files] = links[next++]!;
      const problem = await status(url);
      if (problem) failures.push(`${files.join(', ')} › ${url}: ${problem}`);
    }
  }),
);

console.log(`checked ${links.length} source links`);
if (failures.length > 0) {
  for (const failure of failures.sort()) console.error(failure);
  process.exitCode = 1;
}
