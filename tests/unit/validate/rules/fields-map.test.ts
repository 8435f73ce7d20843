// The fields-map rule (src/validate/rules/fields-map.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'an empty file',
    setup: (f) => f.write('content/licenses/empty.yaml', ''),
    expected: ['content/licenses/empty.yaml: file is empty — write one "field: value" per line'],
  },
  {
    what: 'a list where fields belong',
    setup: (f) => f.write('content/organizations/listed.yaml', '- name: Lab\n- kind: academic\n'),
    expected: ['content/organizations/listed.yaml: file is not a map of fields — write one "field: value" per line'],
  },
];

describe('rule fields-map', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
