// The references rule (src/validate/rules/references.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, DATA, problemsAfter, TUNED, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'missing license, organization and base model',
    setup: (f) =>
      f.edit(TUNED, (t) =>
        t
          .replace('organization: example-lab', 'organization: example-labs')
          .replace('license: apache-2.0', 'license: apache2')
          .replace('base_model: base-model', 'base_model: base-modle'),
      ),
    expected: [
      `${TUNED} › organization: unknown organization id "example-labs" — did you mean "example-lab"? (content/organizations/example-lab.yaml)`,
      `${TUNED} › base_model: unknown model id "base-modle" — did you mean "base-model"? (content/models/base-model.md)`,
      `${TUNED} › license: unknown license id "apache2" — did you mean "apache-2.0"? (content/licenses/apache-2.0.yaml)`,
    ],
  },
  {
    what: 'a reference suggests the id that starts with what was typed',
    setup: (f) => f.edit(BASE, (t) => t.replace('license: apache-2.0', 'license: research')),
    expected: [
      `${BASE} › license: unknown license id "research" — did you mean "research-only"? (content/licenses/research-only.yaml)`,
    ],
  },
  {
    what: 'an organization with no entry and no near id: how to add one',
    setup: (f) => f.edit(TUNED, (t) => t.replace('organization: example-lab', 'organization: hugging-face')),
    expected: [
      `${TUNED} › organization: unknown organization id "hugging-face" — there is no such entry yet: add content/organizations/hugging-face.yaml first (CONTRIBUTING.md, "Add an organization")`,
    ],
  },
  {
    what: 'a license written as its SPDX id or its name',
    setup: (f) =>
      f.edit(TUNED, (t) =>
        t
          .replace('license: apache-2.0', 'license: Apache-2.0')
          .replace(
            'fine_tuning: [sft]',
            'fine_tuning: [sft]\nvariants:\n  - id: large\n    name: "Tuned Model Large"\n    license: "Apache License 2.0"\n    sources:\n      license: https://example.org/tuned',
          ),
      ),
    expected: [
      `${TUNED} › variants[0].license: unknown license id "Apache License 2.0" — did you mean "apache-2.0"? (content/licenses/apache-2.0.yaml)`,
      `${TUNED} › license: unknown license id "Apache-2.0" — did you mean "apache-2.0"? (content/licenses/apache-2.0.yaml)`,
    ],
  },
  {
    what: 'a model named as its own base',
    setup: (f) => f.edit(TUNED, (t) => t.replace('base_model: base-model', 'base_model: tuned-model')),
    expected: [
      `${TUNED} › base_model: names the model itself — remove base_model or name the model this one was trained from`,
    ],
  },
  {
    what: 'a dataset, a variant and a generator that do not exist',
    setup: (f) => {
      f.edit(TUNED, (t) =>
        t
          .replace('  - example-instructions', '  - example-instruction')
          .replace('base_model: base-model', 'base_model: base-model/chat'),
      );
      f.edit(DATA, (t) =>
        t.replace(
          'sources:',
          'derived_from: [example-instructions-v0]\ngenerated_by:\n  - name: "A chat model"\n    model: chat-model\nsources:\n  derived_from: https://example.org/data\n  generated_by: https://example.org/data',
        ),
      );
    },
    expected: [
      `${DATA} › derived_from[0]: unknown dataset id "example-instructions-v0" — did you mean "example-instructions"? (content/datasets/example-instructions.yaml)`,
      `${DATA} › generated_by[0].model: unknown model id "chat-model" — there is no such entry yet: add content/models/chat-model.md first (CONTRIBUTING.md, "Add a model")`,
      `${TUNED} › base_model: unknown variant "chat" of model "base-model" — base-model has no variants`,
      `${TUNED} › training_data[0]: unknown dataset id "example-instruction" — did you mean "example-instructions"? (content/datasets/example-instructions.yaml)`,
    ],
  },
];

describe('rule references', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
