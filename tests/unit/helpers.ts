import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** A throwaway copy of the valid fixture project, edited by the caller. */
export function fixtureCopy(): { root: string; edit(file: string, change: (text: string) => string): void; write(file: string, text: string): void; read(file: string): string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing: the fixture no longer matches the test`);
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
