// The variant-ids rule (src/validate/rules/variant-ids.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

const variant = (id: string) => `  - id: ${id}\n    name: "Variant"\n    sources: {}\n`;

const CASES: RuleCase[] = [
  {
    what: 'two variants with one id, and a variant named as its model',
    setup: (f) =>
      f.edit(TUNED, (t) =>
        t.replace(
          'fine_tuning: [sft]\n',
          `fine_tuning: [sft]\nvariants:\n${variant('chat')}${variant('chat')}${variant('tuned-model')}`,
        ),
      ),
    expected: [
      `${TUNED} › variants[1].id: "chat" is already the id of variants[0] — give each variant its own id`,
      `${TUNED} › variants[2].id: "tuned-model" is the model's own id — a variant needs an id of its own, e.g. the model id with its size`,
    ],
  },
];

describe('rule variant-ids', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
