// `astro build` runs the validator and fails on what it reports; Astro alone would only log a
// missing reference or a duplicate id and build anyway.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ASTRO, projectCopy } from './helpers.ts';

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
      assert.match(output, /content\/models\/tuned-model\.md › license: unknown license id "apache2" — did you mean "apache-2\.0"\?/);
      assert.match(output, /1 content problem \(run npm run validate\)/);
    } finally {
      project.remove();
    }
  });
});
