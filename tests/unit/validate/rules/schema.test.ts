// The schema rule (src/validate/rules/schema.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, DATA, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'an empty field name',
    setup: (f) => f.edit(BASE, (t) => t.replace('name: "Base Model"', 'name: "Base Model"\n"": x')),
    expected: [
      `${BASE} › "": unknown field "" — allowed here: name, organization, release_date, summary, parameters, active_parameters, architecture, modalities, context_length, training_tokens, base_model, training_data, fine_tuning, license, commercial_use, variants, license_history, weights, hf, openness, links, sources, last_verified`,
    ],
  },
  {
    what: 'misspelled key, with a suggestion',
    setup: (f) => f.edit(BASE, (t) => t.replace('\nlicense: apache-2.0', '\nlisence: apache-2.0')),
    expected: [
      `${BASE} › license: required field is missing — The license of the main weights. (expected the id of an entry in content/licenses/)`,
      `${BASE} › lisence: unknown field "lisence" — did you mean "license"?`,
    ],
  },
  {
    what: 'unknown key with no close match',
    setup: (f) => f.edit('content/organizations/example-lab.yaml', (t) => `${t}twitter: "@example"\n`),
    expected: [
      'content/organizations/example-lab.yaml › twitter: unknown field "twitter" — allowed here: name, kind, website, country, summary',
    ],
  },
  {
    what: 'missing required field',
    setup: (f) => f.edit(BASE, (t) => t.replace('summary: "A fictional base model."\n', '')),
    expected: [`${BASE} › summary: required field is missing — One sentence saying what the model is. (expected text)`],
  },
  {
    what: 'wrong type',
    setup: (f) => f.edit(BASE, (t) => t.replace('context_length: 2048', 'context_length: "2k"')),
    expected: [`${BASE} › context_length: expected a number of tokens, or "unknown"`],
  },
  {
    what: 'impossible calendar date',
    setup: (f) => f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: "2023-02-30"')),
    expected: [`${BASE} › release_date: is not a real calendar date`],
  },
  {
    what: 'date in the future',
    setup: (f) => f.edit(BASE, (t) => t.replace('last_verified: "2026-11-01"', 'last_verified: "2999-01-01"')),
    expected: [`${BASE} › last_verified: is in the future`],
  },
  {
    what: 'non-https, javascript: and data: URLs',
    setup: (f) =>
      f.edit(BASE, (t) =>
        t
          .replace('release_date: https://example.org/base', 'release_date: http://example.org/base')
          .replace('parameters: https://example.org/base', 'parameters: "javascript:alert(1)"')
          .replace('architecture: https://example.org/base', 'architecture: "data:text/html,hi"'),
      ),
    expected: [
      `${BASE} › sources.release_date: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
      `${BASE} › sources.parameters: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
      `${BASE} › sources.architecture: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
    ],
  },
  {
    what: 'a date written as unknown gets one message',
    setup: (f) =>
      f.edit(BASE, (t) =>
        t
          .replace('release_date: "2023-05-01"', 'release_date: unknown')
          .replace('  release_date: https://example.org/base\n', ''),
      ),
    expected: [
      `${BASE} › release_date: expected a quoted date such as "2023-07-18" or "2023-07" (month precision is fine when the day is not stated)`,
    ],
  },
  {
    what: 'front-matter slug',
    setup: (f) => f.edit(BASE, (t) => t.replace('name: "Base Model"', 'name: "Base Model"\nslug: llama')),
    expected: [
      `${BASE} › slug: "slug" is not allowed: it would silently replace the id — the id is the file name; rename the file instead`,
    ],
  },
  {
    what: 'a generator named without its terms or model',
    setup: (f) =>
      f.edit(DATA, (t) =>
        t.replace(
          'sources:',
          'generated_by:\n  - name: "A chat model"\nsources:\n  generated_by: https://example.org/data',
        ),
      ),
    expected: [
      `${DATA} › generated_by[0].terms: name the generating model (model:) or the terms of the service that generated the data (terms:)`,
    ],
  },
  {
    what: 'a quote longer than 300 characters',
    setup: (f) =>
      f.edit('content/licenses/apache-2.0.yaml', (t) =>
        t.replace('section: "Section 4" }', `section: "Section 4", quote: "${'x'.repeat(301)}" }`),
      ),
    expected: [
      'content/licenses/apache-2.0.yaml › clauses.attribution.quote: a quote is at most 300 characters: cut it to the words that decide the clause',
    ],
  },
];

describe('rule schema', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
