// Reading content/ (src/data/entry-files.ts): files that cannot be read as entries, each with the
// exact line a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, type RuleCase } from '../../support/validator.ts';

const CASES: RuleCase[] = [
  // Found by fuzzing (fuzz.test.ts): each once threw or named no field.
  {
    what: 'an alias to an anchor never set',
    setup: (f) => f.write('content/licenses/broken.yaml', 'name: *missing\n'),
    expected: [
      'content/licenses/broken.yaml: YAML does not parse: Unresolved alias (the anchor must be set before the alias): missing — remove the * alias or set its & anchor first',
    ],
  },
  {
    what: 'case-colliding ids',
    setup: (f) => f.write('content/organizations/Example-Lab.yaml', f.read('content/organizations/example-lab.yaml')),
    expected: [
      'content/organizations/Example-Lab.yaml: file name "Example-Lab" is not a valid id — use lowercase kebab-case, e.g. example-lab.yaml',
    ],
  },
  {
    what: 'duplicate ids across extensions',
    setup: (f) => f.write('content/licenses/apache-2.0.yml', f.read('content/licenses/apache-2.0.yaml')),
    expected: ['content/licenses/apache-2.0.yml: unexpected extension .yml — rename it to .yaml'],
  },
  {
    what: '.mdx file among the models',
    setup: (f) => f.write('content/models/extra.mdx', f.read(BASE)),
    expected: [
      'content/models/extra.mdx: MDX files are not accepted for models — rename it to .md: entries are data and prose, they never run code',
    ],
  },
  {
    what: 'YAML that does not parse',
    setup: (f) =>
      f.edit('content/organizations/example-lab.yaml', (t) =>
        t.replace('kind: academic', 'kind: academic\n  extra: ['),
      ),
    expected: [
      'content/organizations/example-lab.yaml: YAML does not parse: Nested mappings are not allowed in compact mappings — check indentation, colons and quotes on this line',
    ],
  },
  {
    what: 'missing front matter',
    setup: (f) => f.write('content/models/no-front-matter.md', 'Just prose.\n'),
    expected: [
      'content/models/no-front-matter.md: no YAML front matter — start the file with a line "---", the facts in YAML, then another "---" line',
    ],
  },
];

describe('reading content/', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
