// When each entry was added and last changed, read once from git at build time. Outside a git
// checkout, or for a file git does not know yet (or a shallow clone's missing history), the
// caller falls back to the entry's own dates.
import { execFileSync } from 'node:child_process';

export interface FileDates {
  added: string;
  changed: string;
}

let cache: Map<string, FileDates> | undefined;

/** Dates by path relative to the repository root, e.g. content/models/llama.md. */
export function fileDates(root: string = process.cwd()): Map<string, FileDates> {
  if (cache) return cache;
  cache = new Map();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%aI', '--name-only', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return cache;
  }
  // Newest commit first: the first date seen for a file is its last change, the last its addition.
  for (const commit of log.split('\0').filter(Boolean)) {
    const [date = '', ...files] = commit
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const day = date.slice(0, 10);
    for (const file of files) {
      const known = cache.get(file);
      cache.set(file, { added: day, changed: known?.changed ?? day });
    }
  }
  return cache;
}
