// `astro build` runs the validator and fails on what it reports; Astro alone would only log a
// missing reference or a duplicate id and build anyway.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VALID_FIXTURE } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function buildFixture(breakIt?: (root: string) => void): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  try {
    for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
      cpSync(join(ROOT, file), join(root, file), { recursive: true });
    }
    cpSync(join(VALID_FIXTURE, 'content'), join(root, 'content'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    breakIt?.(root);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('astro build', { timeout: 120_000 }, () => {
  it('builds the valid fixture', () => {
    const { status, output } = buildFixture();
    assert.equal(status, 0, output);
  });

  it('fails on a reference to a missing license, naming file and field', () => {
    const { status, output } = buildFixture((root) => {
      const file = join(root, 'content/models/tuned-model.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('license: apache-2.0', 'license: apache2'));
    });
    assert.notEqual(status, 0);
    assert.match(output, /content\/models\/tuned-model\.md › license: unknown license id "apache2" — did you mean "apache-2\.0"\?/);
    assert.match(output, /1 content problem \(run npm run validate\)/);
  });
});
