// The placeholders rule (src/validate/rules/placeholders.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: "a fact and its source still holding the template's placeholder, reported once each",
    setup: (f) =>
      f.edit(BASE, (t) =>
        t
          .replace('release_date: "2023-05-01"', 'release_date: "TODO: first public release"')
          .replace('  release_date: https://example.org/base', '  release_date: "TODO: https URL"'),
      ),
    expected: [
      `${BASE} › release_date: is not filled in (TODO: first public release) — replace the placeholder with the fact and its source, or write unknown where a fact allows it`,
      `${BASE} › sources.release_date: is not filled in (TODO: https URL) — replace the placeholder with the fact and its source, or write unknown where a fact allows it`,
    ],
  },
  {
    what: 'prose still holding the placeholder',
    setup: (f) => f.edit(BASE, (t) => `${t}\nTODO: two to four short paragraphs.\n`),
    expected: [
      `${BASE} › body: the prose still holds the template's placeholder — write a few sentences about the model and its terms in your own words`,
    ],
  },
];

describe('rule placeholders', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
