// The registration rule (src/validate/rules/registration.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fixture } from '../../../support/fixtures.ts';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

/** A license that itself requires registration, and no stated verdict to contradict it. */
const registering = (f: Fixture) => {
  f.edit('content/licenses/apache-2.0.yaml', (t) =>
    t.replace(
      '  registration_required: { applies: false }',
      '  registration_required: { applies: true, source: https://example.org/register }',
    ),
  );
  f.edit(BASE, (t) => t.replace('commercial_use: "yes"\n', '').replace(/ {2}commercial_use: .*\n/, ''));
};

const CASES: RuleCase[] = [
  {
    what: 'open weights under a license that itself requires registration',
    setup: registering,
    expected: [
      `${BASE} › weights: Base Model's license (apache-2.0) requires registration, but its weights are recorded as open — record registration once: weights: gated or on-request when downloads need an account or an application, and registration_required: true only when the license text itself requires it`,
      "content/models/tuned-model.md › weights: Tuned Model's license (apache-2.0) requires registration, but its weights are recorded as open — record registration once: weights: gated or on-request when downloads need an account or an application, and registration_required: true only when the license text itself requires it",
    ],
  },
];

describe('rule registration', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('accepts gated weights under such a license', () => {
    const problems = problemsAfter((f) => {
      registering(f);
      for (const file of [BASE, 'content/models/tuned-model.md'])
        f.edit(file, (t) => t.replace('weights: open\n', 'weights: gated\n'));
    });
    assert.deepEqual(problems, []);
  });
});
