// The lineage-cycles rule (src/validate/rules/lineage-cycles.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseModelCycles } from '../../../../src/validate/rules/lineage-cycles.ts';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'base_model cycle',
    setup: (f) =>
      f.edit(BASE, (t) =>
        t
          .replace('training_tokens: unknown\n', 'training_tokens: unknown\nbase_model: tuned-model\n')
          .replace(
            '  license: https://example.org/base',
            '  license: https://example.org/base\n  base_model: https://example.org/base',
          ),
      ),
    expected: [
      `${BASE} › base_model: base_model forms a cycle: base-model → tuned-model → base-model — a model cannot descend from itself; fix base_model in one of these entries`,
    ],
  },
];

describe('rule lineage-cycles', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('finds each cycle once, whichever model it starts from', () => {
    const bases = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'a'],
      ['e', 'missing'],
    ]);
    assert.deepEqual(baseModelCycles(bases), [['a', 'b', 'c']]);
    assert.deepEqual(baseModelCycles(new Map([['alpaca', 'llama']])), []);
  });
});
