// The yaml-quirks rule (src/validate/rules/yaml-quirks.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'unquoted date that YAML 1.1 would roll over',
    setup: (f) => f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: 2024-13-01')),
    expected: [
      `${BASE} › release_date: date 2024-13-01 is not quoted — write "2024-13-01" in quotes: unquoted, YAML turns it into a timestamp and may change it`,
      `${BASE} › release_date: is not a real calendar date`,
    ],
  },
  {
    what: 'unquoted yes or no that YAML 1.1 reads as a boolean',
    setup: (f) => f.edit(BASE, (t) => t.replace('commercial_use: "yes"', 'commercial_use: yes')),
    expected: [
      `${BASE} › commercial_use: yes is not quoted — write "yes" in quotes: unquoted, some YAML parsers read it as true or false`,
    ],
  },
];

describe('rule yaml-quirks', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
