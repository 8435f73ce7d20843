// The invisible-characters rule (src/validate/rules/invisible-characters.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'invisible and bidirectional-control characters',
    setup: (f) =>
      f.edit(BASE, (t) =>
        t
          .replace('A fictional base model.', 'A fictional\u202e base model.')
          .replace('A fictional model.', 'A fictional\u200b model.'),
      ),
    expected: [
      `${BASE} › summary: contains an invisible or bidirectional-control character (U+202E) — delete it: such characters can hide text from reviewers`,
      `${BASE} › body: contains an invisible or bidirectional-control character (U+200B) — delete it: such characters can hide text from reviewers`,
    ],
  },
];

describe('rule invisible-characters', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
