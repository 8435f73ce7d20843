import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');
/**
 * Entries full of scripts and unsafe URLs, with its own astro.config.mjs and src/content.config.ts
 * that leave the validator and the schemas out (SECURITY.md).
 */
export const HOSTILE_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'hostile');

export interface Fixture {
  root: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  read(file: string): string;
  remove(): void;
}

/** A throwaway copy of the valid fixture project, edited by the caller. */
export function fixtureCopy(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before)
        throw new Error(`the edit of ${file} changed nothing: the fixture no longer matches the test`);
      writeFileSync(path, after);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
    read(file) {
      return readFileSync(join(root, file), 'utf8');
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * A throwaway copy of the project (code and config) that can build, with a fixture's files laid
 * over it: its content/, and any configuration of its own.
 */
export function projectCopy(fixture: string = VALID_FIXTURE): {
  root: string;
  run(script: string, args: string[], env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
} {
  const root = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(join(ROOT, file), join(root, file), { recursive: true });
  }
  // A fixture brings its content, and may bring configuration of its own laid over the project's.
  for (const part of ['content', 'astro.config.mjs', 'src']) {
    if (existsSync(join(fixture, part))) cpSync(join(fixture, part), join(root, part), { recursive: true });
  }
  // The packages are linked one by one, so the build caches under node_modules (Astro's content
  // store, rendered Markdown, pictures) belong to this copy and no build reuses another's output.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((name) => !name.startsWith('.'))) {
    symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return {
    root,
    run(script, args, env = {}) {
      const result = spawnSync(process.execPath, [script, ...args], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '', ...env },
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
export const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
