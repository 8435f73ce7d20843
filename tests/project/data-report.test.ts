// npm run data-report on the valid fixture: the numbers per entry and overall, and a warning
// (never a failure) for an entry not checked for over a year.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectCopy } from '../support/fixtures.ts';

describe('npm run data-report', () => {
  it('reports every entry and the totals, weakest first, and warns about an old check without failing', () => {
    const project = projectCopy();
    try {
      const json = project.run('scripts/data-report.ts', ['--json']);
      assert.equal(json.status, 0, json.output);
      const report = JSON.parse(json.output) as {
        overall: { stated: number; unknown: number; sources: number; pinned: number; oldest: string };
        entries: { file: string }[];
      };
      assert.ok(report.entries.some((entry) => entry.file === 'content/models/base-model.md'));
      assert.ok(report.entries.some((entry) => entry.file === 'content/licenses/apache-2.0.yaml'));
      assert.ok(report.overall.stated > 0 && report.overall.sources >= report.overall.pinned);

      const file = join(project.root, 'content/models/base-model.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/last_verified: ".*"/u, 'last_verified: "2020-01-02"'));
      const text = project.run('scripts/data-report.ts', []);
      assert.equal(text.status, 0, text.output);
      assert.match(text.output, /Oldest check: content\/models\/base-model\.md, last verified 2020-01-02/u);
      assert.match(text.output, /warning: content\/models\/base-model\.md was last verified \d+ days ago/u);
      assert.match(text.output, /Weakest first/u);
    } finally {
      project.remove();
    }
  });
});
