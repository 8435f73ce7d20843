// The active-parameters rule (src/validate/rules/active-parameters.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fixture } from '../../../support/fixtures.ts';
import { problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

/** The tuned model with these active sizes, and their source. */
const withActive = (sizes: string) => (f: Fixture) =>
  f.edit(TUNED, (t) =>
    t
      .replace('parameters: [7]\n', `parameters: [7]\nactive_parameters: ${sizes}\n`)
      .replace(
        '  parameters: https://example.org/tuned\n',
        '  parameters: https://example.org/tuned\n  active_parameters: https://example.org/tuned\n',
      ),
  );

const CASES: RuleCase[] = [
  {
    what: 'more active sizes than sizes',
    setup: withActive('[2, 3]'),
    expected: [
      `${TUNED} › active_parameters: lists 2 sizes but parameters lists 1 — give one active size per total size, in the same order`,
    ],
  },
];

describe('rule active-parameters', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('accepts one active size per size', () => {
    assert.deepEqual(problemsAfter(withActive('[2]')), []);
  });
});
