// The license-versions rule (src/validate/rules/license-versions.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fixture } from '../../../support/fixtures.ts';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const LICENSE = 'content/licenses/apache-2.0.yaml';

/** The base model was under apache-2.0 before, at the given version. */
const earlierAt = (version: string) => (f: Fixture) =>
  f.edit(BASE, (t) =>
    t.replace(
      'license: apache-2.0\n',
      `license: apache-2.0\nlicense_history:\n  - { license: apache-2.0, version: "${version}", until: "2023-06-01", source: https://example.org/change }\n`,
    ),
  );
const withVersions = (f: Fixture) =>
  f.edit(LICENSE, (t) =>
    t.replace(
      'last_verified:',
      'versions:\n  - { id: "1.0", effective: "2020-01-01", url: https://example.org/v1 }\n  - { id: "2.0", effective: "2023-06-01", url: https://example.org/v2 }\nlast_verified:',
    ),
  );

const CASES: RuleCase[] = [
  {
    what: 'a version the license lists no versions for',
    setup: earlierAt('1.0'),
    expected: [
      `${BASE} › license_history[0].version: apache-2.0 lists no version "1.0" — add versions to content/licenses/apache-2.0.yaml, or remove version`,
    ],
  },
  {
    what: 'a version the license does not list',
    setup: (f) => {
      withVersions(f);
      earlierAt('1.5')(f);
    },
    expected: [`${BASE} › license_history[0].version: apache-2.0 lists no version "1.5" — use one of: 1.0, 2.0`],
  },
];

describe('rule license-versions', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
  it('accepts a version the license lists', () => {
    assert.deepEqual(
      problemsAfter((f) => {
        withVersions(f);
        earlierAt('1.0')(f);
      }),
      [],
    );
  });
});
