// The hf-ids rule (src/validate/rules/hf-ids.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'one repository on two models, written in another case, and on a variant of the same model',
    setup: (f) => {
      f.edit(BASE, (t) => t.replace('\nlicense: apache-2.0', '\nhf: [example/base-7b]\nlicense: apache-2.0'));
      f.edit(TUNED, (t) =>
        t.replace(
          '\nlicense: apache-2.0',
          '\nhf: [Example/Base-7B, example/tuned-7b]\nvariants:\n  - id: tuned-chat\n    name: "Tuned Chat"\n    hf: [example/tuned-7b]\n    sources: {}\nlicense: apache-2.0',
        ),
      );
    },
    expected: [
      `${TUNED} › hf[0]: "Example/Base-7B" is already listed on base-model — list each repository on the one release whose weights it holds`,
      `${TUNED} › variants[0].hf[0]: "example/tuned-7b" is already listed on tuned-model — list each repository on the one release whose weights it holds`,
    ],
  },
];

describe('rule hf-ids', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
