// The validator as a whole: every rule registered once with its tests, every problem of every
// file reported in one run, each with its line.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateContent } from '../../../src/validate/index.ts';
import { RULES } from '../../../src/validate/rules/index.ts';
import { fixtureCopy, ROOT, VALID_FIXTURE } from '../../support/fixtures.ts';
import { BASE, problemsAfter, TUNED } from '../../support/validator.ts';

describe('validator', () => {
  it('accepts the valid fixture', () => {
    assert.deepEqual(validateContent(VALID_FIXTURE).problems, []);
  });

  it('registers every rule file once, each with a test file of its own', () => {
    const names = RULES.map((rule) => rule.name);
    assert.equal(new Set(names).size, names.length);
    const files = (dir: string, suffix: string) =>
      readdirSync(join(ROOT, dir))
        .filter((file) => file.endsWith(suffix) && file !== 'index.ts')
        .map((file) => file.slice(0, -suffix.length));
    assert.deepEqual([...names].sort(), files('src/validate/rules', '.ts').sort());
    assert.deepEqual([...names].sort(), files('tests/unit/validate/rules', '.test.ts').sort());
  });

  it('collects every problem of every file in one run', () => {
    const problems = problemsAfter((f) => {
      f.edit(BASE, (t) =>
        t
          .replace('release_date: "2023-05-01"', 'release_date: "2023-02-30"')
          .replace('architecture: decoder-only', 'architecture: transformer'),
      );
      f.edit(TUNED, (t) => t.replace('license: apache-2.0', 'license: apache2'));
    });
    assert.equal(problems.length, 3);
    assert.equal(new Set(problems.map((line) => line.split(' › ')[0])).size, 2);
  });

  it('checks the references of an entry whose other fields are wrong, in the same run', () => {
    const problems = problemsAfter((f) =>
      f.edit(TUNED, (t) =>
        t
          .replace('release_date: "2023-06"', 'release_date: "June 2023"')
          .replace('architecture: decoder-only', 'architecture: transformer')
          .replace('weights: open\n', 'weights: downloadable\n')
          .replace('organization: example-lab', 'organization: hugging-face'),
      ),
    );
    assert.deepEqual(
      problems.map((line) => line.split(':')[0]),
      [`${TUNED} › organization`, `${TUNED} › release_date`, `${TUNED} › architecture`, `${TUNED} › weights`],
    );
  });

  it('names the line of each problem', () => {
    const fixture = fixtureCopy();
    try {
      fixture.edit(BASE, (t) => t.replace('context_length: 2048', 'context_length: -1'));
      const [problem] = validateContent(fixture.root).problems;
      assert.ok(problem);
      assert.equal(
        problem.line,
        fixture
          .read(BASE)
          .split('\n')
          .findIndex((text) => text.startsWith('context_length:')) + 1,
      );
    } finally {
      fixture.remove();
    }
  });
});
