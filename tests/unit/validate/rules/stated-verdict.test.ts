// The stated-verdict rule (src/validate/rules/stated-verdict.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'stated verdict contradicting the lineage',
    setup: (f) => {
      f.edit(BASE, (t) =>
        t
          .replace('license: apache-2.0', 'license: research-only')
          .replace('commercial_use: "yes"', 'commercial_use: "no"'),
      );
      f.edit(TUNED, (t) =>
        t
          .replace('weights: open\nopenness', 'commercial_use: "yes"\nweights: open\nopenness')
          .replace(
            '  weights: https://example.org/tuned',
            '  weights: https://example.org/tuned\n  commercial_use: https://example.org/tuned',
          ),
      );
    },
    expected: [
      `${TUNED} › commercial_use: states "yes" but the license and lineage give "no" — Non-commercial use only: Research-Only Model License, inherited from base model Base Model. Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`,
    ],
  },
  {
    what: 'stated verdict contradicting the license',
    setup: (f) => f.edit(BASE, (t) => t.replace('commercial_use: "yes"', 'commercial_use: conditional')),
    expected: [
      `${BASE} › commercial_use: states "conditional" but the license and lineage give "yes" — no clause restricts it. Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`,
    ],
  },
];

describe('rule stated-verdict', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
