// The modalities rule (src/validate/rules/modalities.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fixture } from '../../../support/fixtures.ts';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const TUNED = 'content/models/tuned-model.md';

/** The models' license gains an EU exclusion for its multimodal models only. */
const multimodalClause = (f: Fixture) =>
  f.edit('content/licenses/apache-2.0.yaml', (t) =>
    t.replace(
      / {2}territorial_exclusion: \{[^}]*\}/u,
      '  territorial_exclusion: { applies: true, regions: [eu], binds: licensees, only_for: multimodal, scope: "the multimodal models", source: https://example.org/policy }',
    ),
  );

const CASES: RuleCase[] = [
  {
    what: 'a model under such a license that does not say what it takes as input',
    setup: multimodalClause,
    expected: [BASE, TUNED].map(
      (file) =>
        `${file} › license: apache-2.0 has clauses that bind only multimodal models (territorial_exclusion), but ${file === BASE ? 'Base Model' : 'Tuned Model'} does not say what it takes as input — add modalities: [text] for a text-only model, or e.g. [text, image], with sources.modalities`,
    ),
  },
];

describe('rule modalities', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('accepts a model that states its modalities', () => {
    const problems = problemsAfter((f) => {
      multimodalClause(f);
      for (const file of [BASE, TUNED])
        f.edit(file, (t) =>
          t
            .replace('architecture: decoder-only\n', 'architecture: decoder-only\nmodalities: [text]\n')
            .replace('\nsources:\n', '\nsources:\n  modalities: https://example.org/modalities\n'),
        );
    });
    assert.deepEqual(problems, []);
  });
});
