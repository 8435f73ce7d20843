// The spdx-ids rule (src/validate/rules/spdx-ids.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'an SPDX id that does not exist',
    setup: (f) => f.edit('content/licenses/apache-2.0.yaml', (t) => t.replace('spdx: Apache-2.0', 'spdx: Apache-2')),
    expected: [
      'content/licenses/apache-2.0.yaml › spdx: "Apache-2" is not on the SPDX license list — did you mean "Apache-2.0"? Use null when the license has no SPDX id',
    ],
  },
];

describe('rule spdx-ids', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
