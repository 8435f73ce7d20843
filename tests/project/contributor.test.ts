// The contributor's path, end to end: scaffold a model, see what is missing, fill it in, and
// find it on every surface of the built site.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ASTRO, projectCopy } from '../support/fixtures.ts';

const SOURCE = 'https://example.org/new-model';

describe('adding a model', { timeout: 180_000 }, () => {
  it('goes from the scaffolder to a page, a table row, an API record and a badge', () => {
    const project = projectCopy();
    try {
      const scaffold = project.run('scripts/new-model.ts', [
        '--id',
        'new-model',
        '--name',
        'New Model',
        '--org',
        'example-lab',
        '--license',
        'apache-2.0',
      ]);
      assert.equal(scaffold.status, 0, scaffold.output);
      const file = join(project.root, 'content/models/new-model.md');

      // Half filled: the validator names every field still missing.
      const half = project.run('scripts/validate.ts', []);
      assert.equal(half.status, 1);
      for (const field of [
        'release_date',
        'summary',
        'weights',
        'links.model_card',
        'sources.release_date',
        'sources.license',
        'sources.weights',
        'body',
      ]) {
        assert.match(half.output, new RegExp(`content/models/new-model\\.md › ${field.replace('.', '\\.')}: `), field);
      }

      const filled = readFileSync(file, 'utf8')
        .replace(/release_date: ".*"/, 'release_date: "2024-03-01"')
        .replace(/summary: ".*"/, 'summary: "A model added by the contributor test."')
        .replace(/weights: "TODO.*"/, 'weights: open')
        .replace(/"TODO: https URL of the page that states this"/g, SOURCE)
        .replace(
          /TODO: two to four[\s\S]*$/,
          'New Model is a fictional model. Its [card](https://example.org/new-model) says more.\n',
        );
      writeFileSync(file, filled);
      const valid = project.run('scripts/validate.ts', []);
      assert.equal(valid.status, 0, valid.output);

      const build = project.run(ASTRO, ['build']);
      assert.equal(build.status, 0, build.output);
      const dist = (path: string) => join(project.root, 'dist', path);
      assert.match(readFileSync(dist('models/new-model/index.html'), 'utf8'), /<h1[^>]*>New Model<\/h1>/);
      assert.match(readFileSync(dist('index.html'), 'utf8'), /<tr[^>]*data-model="new-model"/);
      const api = JSON.parse(readFileSync(dist('api/models.json'), 'utf8')) as {
        models: { id: string; commercial_use: string }[];
      };
      assert.equal(api.models.find((model) => model.id === 'new-model')?.commercial_use, 'yes');
      assert.ok(existsSync(dist('badges/new-model/commercial.svg')));
    } finally {
      project.remove();
    }
  });

  it('refuses an existing id, a bad id and unknown references, suggesting the closest', () => {
    const project = projectCopy();
    try {
      const taken = project.run('scripts/new-model.ts', [
        '--id',
        'base-model',
        '--name',
        'X',
        '--org',
        'example-lab',
        '--license',
        'apache-2.0',
      ]);
      assert.equal(taken.status, 1);
      assert.match(taken.output, /--id: content\/models\/base-model\.md already exists/);
      const wrong = project.run('scripts/new-model.ts', [
        '--id',
        'Bad Id',
        '--name',
        'X',
        '--org',
        'exampel-lab',
        '--license',
        'apache2',
      ]);
      assert.equal(wrong.status, 1);
      assert.match(wrong.output, /--id: "Bad Id" is not a lowercase kebab-case id \(e\.g\. bad-id\)/);
      assert.match(wrong.output, /--org: no organization "exampel-lab" — did you mean "example-lab"\?/);
      assert.match(wrong.output, /--license: no license "apache2" — did you mean "apache-2\.0"\?/);
      const spdx = project.run('scripts/new-model.ts', [
        '--id',
        'x',
        '--name',
        'X',
        '--org',
        'hugging-face',
        '--license',
        'Apache-2.0',
      ]);
      assert.match(
        spdx.output,
        /--org: no organization "hugging-face" — there is no such entry yet: add content\/organizations\/hugging-face\.yaml first \(CONTRIBUTING\.md, "Add an organization"\)/,
      );
      assert.match(spdx.output, /--license: no license "Apache-2\.0" — did you mean "apache-2\.0"\?/);
      const missing = project.run('scripts/new-model.ts', ['--id', 'x']);
      assert.match(missing.output, /--name is missing/);
    } finally {
      project.remove();
    }
  });
});
