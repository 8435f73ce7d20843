// `astro build` runs the validator and fails on what it reports; Astro alone would only log a
// missing reference or a duplicate id and build anyway. `npm run build` also fails on anything
// else Astro logs as a warning.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ASTRO, projectCopy } from '../support/fixtures.ts';

describe('astro build', { timeout: 120_000 }, () => {
  it('builds the valid fixture', () => {
    const project = projectCopy();
    try {
      const { status, output } = project.run(ASTRO, ['build']);
      assert.equal(status, 0, output);
    } finally {
      project.remove();
    }
  });

  it('fails on a reference to a missing license, naming file and field', () => {
    const project = projectCopy();
    try {
      const file = join(project.root, 'content/models/tuned-model.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('license: apache-2.0', 'license: apache2'));
      const { status, output } = project.run(ASTRO, ['build']);
      assert.notEqual(status, 0);
      assert.match(
        output,
        /content\/models\/tuned-model\.md › license: unknown license id "apache2" — did you mean "apache-2\.0"\?/,
      );
      assert.match(output, /1 content problem \(run npm run validate\)/);
      assert.doesNotMatch(output, /Stack trace|^\s+at /m, 'the problems, without a stack trace');
    } finally {
      project.remove();
    }
  });

  it('npm run build fails when Astro logs a warning, and names it', () => {
    const project = projectCopy();
    try {
      // A page asking for an entry that does not exist: Astro warns and builds the page anyway.
      writeFileSync(
        join(project.root, 'src/pages/lookup.astro'),
        "---\nimport { getEntry } from 'astro:content';\nawait getEntry('models', 'no-such-model');\n---\n<p>lookup</p>\n",
      );
      const { status, output } = project.run(join(project.root, 'scripts/build.ts'), []);
      assert.equal(status, 1, output);
      assert.match(
        output,
        /The build logged 1 warning or error; fix it:\n {2}.*\[WARN\] \[content\] Entry models → no-such-model was not found/,
      );
    } finally {
      project.remove();
    }
  });

  it('npm run build prints what matters: no telemetry notice, no Pagefind banner', () => {
    const project = projectCopy();
    // A machine that never ran Astro: its first run would print the telemetry notice.
    const config = mkdtempSync(join(tmpdir(), 'atlas-config-'));
    try {
      const { status, output } = project.run(join(project.root, 'scripts/build.ts'), [], {
        XDG_CONFIG_HOME: config,
        ASTRO_TELEMETRY_DISABLED: '',
      });
      assert.equal(status, 0, output);
      assert.doesNotMatch(output, /telemetry/i);
      assert.doesNotMatch(output, /Default UI|Component UI/);
      assert.match(output, /search index written to dist\/pagefind\//);
    } finally {
      project.remove();
      rmSync(config, { recursive: true, force: true });
    }
  });
});
