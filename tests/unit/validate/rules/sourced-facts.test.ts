// The sourced-facts rule (src/validate/rules/sourced-facts.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'fact field without a source',
    setup: (f) => f.edit(BASE, (t) => t.replace('  context_length: https://example.org/base\n', '')),
    expected: [
      `${BASE} › context_length: has no source — add sources.context_length: the https URL of the page that states it (or write context_length: unknown)`,
    ],
  },
  {
    what: 'a fact without a source, where unknown is not an answer',
    setup: (f) => f.edit(TUNED, (t) => t.replace('parameters: [7]\n', 'parameters: [7]\nactive_parameters: [2]\n')),
    expected: [
      `${TUNED} › active_parameters: has no source — add sources.active_parameters: the https URL of the page that states it`,
    ],
  },
  {
    what: "a variant's fact without a source, where unknown is an answer",
    setup: (f) =>
      f.edit(TUNED, (t) => t.replace('parameters: [7]\n', `parameters: [7]\n${variant('training_tokens: 1000')}`)),
    expected: [
      `${TUNED} › variants[0].training_tokens: has no source — add sources.training_tokens: the https URL of the page that states it (or write training_tokens: unknown)`,
    ],
  },
];

/** A variant with a sourced size and the given lines of its own. */
const variant = (...lines: string[]) => `variants:
  - id: tuned-small
    name: "Tuned Small"
    parameters: [1]
${lines.map((line) => `    ${line}\n`).join('')}    sources: { parameters: https://example.org/tuned }
`;

describe('rule sourced-facts', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }

  it("accepts a variant's unknown figure with no source: the model's is then not taken for it", () => {
    const unknowns = variant('training_tokens: unknown', 'context_length: unknown');
    assert.deepEqual(
      problemsAfter((f) => f.edit(TUNED, (t) => t.replace('parameters: [7]\n', `parameters: [7]\n${unknowns}`))),
      [],
    );
  });
});
