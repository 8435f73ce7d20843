// The clause-facts rule (src/validate/rules/clause-facts.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsAfter, type RuleCase } from '../../../support/validator.ts';

const LICENSE = 'content/licenses/research-only.yaml';
const SOURCE = 'source: https://example.org/research-license';

const CASES: RuleCase[] = [
  {
    what: 'a user threshold without its number or when it is counted',
    setup: (f) =>
      f.edit(LICENSE, (t) =>
        t.replace(/ {2}user_threshold: \{[^}]*\}/, `  user_threshold: { applies: true, ${SOURCE} }`),
      ),
    expected: [
      `${LICENSE} › clauses.user_threshold: applies but gives no value — add the number of monthly active users, e.g. value: 700000000`,
      `${LICENSE} › clauses.user_threshold: applies but gives no counted — add when users are counted: month-before-release, any-month or unstated`,
    ],
  },
  {
    what: 'a territorial clause without its regions, and a duty without its threshold',
    setup: (f) =>
      f.edit(LICENSE, (t) =>
        t
          .replace(
            / {2}territorial_exclusion: \{[^}]*\}/,
            `  territorial_exclusion: { applies: true, binds: licensees, ${SOURCE} }`,
          )
          .replace(
            / {2}threshold_duty: \{[^}]*\}/,
            `  threshold_duty: { applies: true, duty: "Show the name.", ${SOURCE} }`,
          ),
      ),
    expected: [
      `${LICENSE} › clauses.threshold_duty: applies but gives no users or revenue — add the number of monthly active users (users:) or the revenue in US dollars (revenue:, with period:) above which the duty applies`,
      `${LICENSE} › clauses.territorial_exclusion: applies but gives no regions — add the regions where the license grants nothing, e.g. regions: [eu, gb, kr]`,
    ],
  },
];

describe('rule clause-facts', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('accepts an unconfirmed clause without its number', () => {
    assert.deepEqual(
      problemsAfter((f) =>
        f.edit(LICENSE, (t) => t.replace(/ {2}user_threshold: \{[^}]*\}/, '  user_threshold: { applies: unknown }')),
      ),
      [],
    );
  });
});
