// One broken fixture per validator rule, each with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem, githubAnnotation, validateContent } from '../../src/lib/validate.ts';
import { fixtureCopy, VALID_FIXTURE } from './helpers.ts';

const BASE = 'content/models/base-model.md';
const TUNED = 'content/models/tuned-model.md';

function problemsAfter(setup: (fixture: ReturnType<typeof fixtureCopy>) => void): string[] {
  const fixture = fixtureCopy();
  try {
    setup(fixture);
    return validateContent(fixture.root).problems.map(formatProblem);
  } finally {
    fixture.remove();
  }
}

describe('validator', () => {
  it('accepts the valid fixture', () => {
    assert.deepEqual(validateContent(VALID_FIXTURE).problems, []);
  });

  const rules: { rule: string; setup: (fixture: ReturnType<typeof fixtureCopy>) => void; expected: string[] }[] = [
    // Found by fuzzing (fuzz.test.ts): each once threw or named no field.
    {
      rule: 'an alias to an anchor never set',
      setup: (f) => f.write('content/licenses/broken.yaml', 'name: *missing\n'),
      expected: ['content/licenses/broken.yaml: YAML does not parse: Unresolved alias (the anchor must be set before the alias): missing — remove the * alias or set its & anchor first'],
    },
    {
      rule: 'an empty file',
      setup: (f) => f.write('content/licenses/empty.yaml', ''),
      expected: ['content/licenses/empty.yaml: file is empty — write one "field: value" per line'],
    },
    {
      rule: 'an empty field name',
      setup: (f) => f.edit(BASE, (t) => t.replace('name: "Base Model"', 'name: "Base Model"\n"": x')),
      expected: [`${BASE} › "": unknown field "" — allowed here: name, organization, release_date, summary, parameters, active_parameters, architecture, context_length, training_tokens, base_model, training_data, fine_tuning, license, commercial_use, variants, license_history, weights, openness, links, sources, last_verified`],
    },
    {
      rule: 'misspelled key, with a suggestion',
      setup: (f) => f.edit(BASE, (t) => t.replace('\nlicense: apache-2.0', '\nlisence: apache-2.0')),
      expected: [
        `${BASE} › license: required field is missing — The license of the main weights. (expected the id of an entry in content/licenses/)`,
        `${BASE} › lisence: unknown field "lisence" — did you mean "license"?`,
      ],
    },
    {
      rule: 'unknown key with no close match',
      setup: (f) => f.edit('content/organizations/example-lab.yaml', (t) => `${t}twitter: "@example"\n`),
      expected: [
        'content/organizations/example-lab.yaml › twitter: unknown field "twitter" — allowed here: name, kind, website, country, summary',
      ],
    },
    {
      rule: 'missing required field',
      setup: (f) => f.edit(BASE, (t) => t.replace('summary: "A fictional base model."\n', '')),
      expected: [`${BASE} › summary: required field is missing — One sentence saying what the model is. (expected text)`],
    },
    {
      rule: 'wrong type',
      setup: (f) => f.edit(BASE, (t) => t.replace('context_length: 2048', 'context_length: "2k"')),
      expected: [`${BASE} › context_length: expected a number of tokens, or "unknown"`],
    },
    {
      rule: 'impossible calendar date',
      setup: (f) => f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: "2023-02-30"')),
      expected: [`${BASE} › release_date: is not a real calendar date`],
    },
    {
      rule: 'unquoted date that YAML 1.1 would roll over',
      setup: (f) => f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: 2024-13-01')),
      expected: [
        `${BASE} › release_date: date 2024-13-01 is not quoted — write "2024-13-01" in quotes: unquoted, YAML turns it into a timestamp and may change it`,
        `${BASE} › release_date: is not a real calendar date`,
      ],
    },
    {
      rule: 'unquoted yes or no that YAML 1.1 reads as a boolean',
      setup: (f) => f.edit(BASE, (t) => t.replace('commercial_use: "yes"', 'commercial_use: yes')),
      expected: [`${BASE} › commercial_use: yes is not quoted — write "yes" in quotes: unquoted, some YAML parsers read it as true or false`],
    },
    {
      rule: 'date in the future',
      setup: (f) => f.edit(BASE, (t) => t.replace('last_verified: "2026-11-01"', 'last_verified: "2999-01-01"')),
      expected: [`${BASE} › last_verified: is in the future`],
    },
    {
      rule: 'non-https, javascript: and data: URLs',
      setup: (f) => f.edit(BASE, (t) => t
        .replace('release_date: https://example.org/base', 'release_date: http://example.org/base')
        .replace('parameters: https://example.org/base', 'parameters: "javascript:alert(1)"')
        .replace('architecture: https://example.org/base', 'architecture: "data:text/html,hi"')),
      expected: [
        `${BASE} › sources.release_date: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
        `${BASE} › sources.parameters: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
        `${BASE} › sources.architecture: expected an absolute https:// URL (http, javascript: and data: are not accepted)`,
      ],
    },
    {
      rule: 'missing license, organization and base model',
      setup: (f) => f.edit(TUNED, (t) => t
        .replace('organization: example-lab', 'organization: example-labs')
        .replace('license: apache-2.0', 'license: apache2')
        .replace('base_model: base-model', 'base_model: base-modle')),
      expected: [
        `${TUNED} › organization: unknown organization id "example-labs" — did you mean "example-lab"? (content/organizations/example-lab.yaml)`,
        `${TUNED} › base_model: unknown model id "base-modle" — did you mean "base-model"? (content/models/base-model.md)`,
        `${TUNED} › license: unknown license id "apache2" — did you mean "apache-2.0"? (content/licenses/apache-2.0.yaml)`,
      ],
    },
    {
      rule: 'a reference suggests the id that starts with what was typed',
      setup: (f) => f.edit(BASE, (t) => t.replace('license: apache-2.0', 'license: research')),
      expected: [`${BASE} › license: unknown license id "research" — did you mean "research-only"? (content/licenses/research-only.yaml)`],
    },
    {
      rule: 'a date written as unknown gets one message',
      setup: (f) => f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: unknown').replace('  release_date: https://example.org/base\n', '')),
      expected: [`${BASE} › release_date: expected a quoted date such as "2023-07-18" or "2023-07" (month precision is fine when the day is not stated)`],
    },
    {
      rule: 'base_model cycle',
      setup: (f) => f.edit(BASE, (t) => t
        .replace('training_tokens: unknown\n', 'training_tokens: unknown\nbase_model: tuned-model\n')
        .replace('  license: https://example.org/base', '  license: https://example.org/base\n  base_model: https://example.org/base')),
      expected: [`${BASE} › base_model: base_model forms a cycle: base-model → tuned-model → base-model — a model cannot descend from itself; fix base_model in one of these entries`],
    },
    {
      rule: 'case-colliding ids',
      setup: (f) => f.write('content/organizations/Example-Lab.yaml', f.read('content/organizations/example-lab.yaml')),
      expected: [
        'content/organizations/Example-Lab.yaml: file name "Example-Lab" is not a valid id — use lowercase kebab-case, e.g. example-lab.yaml',
      ],
    },
    {
      rule: 'duplicate ids across extensions',
      setup: (f) => f.write('content/licenses/apache-2.0.yml', f.read('content/licenses/apache-2.0.yaml')),
      expected: ['content/licenses/apache-2.0.yml: unexpected extension .yml — rename it to .yaml'],
    },
    {
      rule: 'front-matter slug',
      setup: (f) => f.edit(BASE, (t) => t.replace('name: "Base Model"', 'name: "Base Model"\nslug: llama')),
      expected: [`${BASE} › slug: "slug" is not allowed: it would silently replace the id — the id is the file name; rename the file instead`],
    },
    {
      rule: 'fact field without a source',
      setup: (f) => f.edit(BASE, (t) => t.replace('  context_length: https://example.org/base\n', '')),
      expected: [`${BASE} › context_length: has no source — add sources.context_length: the https URL of the page that states it (or write context_length: unknown)`],
    },
    {
      rule: 'stated verdict contradicting the lineage',
      setup: (f) => {
        f.edit(BASE, (t) => t.replace('license: apache-2.0', 'license: research-only').replace('commercial_use: "yes"', 'commercial_use: "no"'));
        f.edit(TUNED, (t) => t.replace('weights: open\nopenness', 'commercial_use: "yes"\nweights: open\nopenness').replace('  weights: https://example.org/tuned', '  weights: https://example.org/tuned\n  commercial_use: https://example.org/tuned'));
      },
      expected: [
        `${TUNED} › commercial_use: states "yes" but the license and lineage give "no" — Non-commercial use only: Research-Only Model License, inherited from base model Base Model. Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`,
      ],
    },
    {
      rule: 'stated verdict contradicting the license',
      setup: (f) => f.edit(BASE, (t) => t.replace('commercial_use: "yes"', 'commercial_use: conditional')),
      expected: [
        `${BASE} › commercial_use: states "conditional" but the license and lineage give "yes" — no clause restricts it. Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`,
      ],
    },
    {
      rule: 'raw HTML and javascript: links in the prose',
      setup: (f) => f.edit(BASE, (t) => `${t}\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n<style>body{}</style>\n\nText <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)).\n`),
      expected: [
        `${BASE} › body: raw HTML is not allowed (<script>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
        `${BASE} › body: raw HTML is not allowed (<iframe>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
        `${BASE} › body: raw HTML is not allowed (<style>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
        `${BASE} › body: raw HTML is not allowed (<img>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
        `${BASE} › body: link "javascript:alert(1)" is not an https URL — links must be absolute https:// URLs (javascript: and data: are never accepted)`,
      ],
    },
    {
      rule: '.mdx file among the models',
      setup: (f) => f.write('content/models/extra.mdx', f.read(BASE)),
      expected: ['content/models/extra.mdx: MDX files are not accepted for models — rename it to .md: entries are data and prose, they never run code'],
    },
    {
      rule: 'invisible and bidirectional-control characters',
      setup: (f) => f.edit(BASE, (t) => t.replace('A fictional base model.', 'A fictional\u202e base model.').replace('A fictional model.', 'A fictional\u200b model.')),
      expected: [
        `${BASE} › summary: contains an invisible or bidirectional-control character (U+202E) — delete it: such characters can hide text from reviewers`,
        `${BASE} › body: contains an invisible or bidirectional-control character (U+200B) — delete it: such characters can hide text from reviewers`,
      ],
    },
    {
      rule: 'binding training data without terms',
      setup: (f) => f.edit(TUNED, (t) => t.replace('binding: false', 'binding: true')),
      expected: [`${TUNED} › training_data[0].terms: binding data needs \`terms\`: the license id whose clauses bind the model`],
    },
    {
      rule: 'an SPDX id that does not exist',
      setup: (f) => f.edit('content/licenses/apache-2.0.yaml', (t) => t.replace('spdx: Apache-2.0', 'spdx: Apache-2')),
      expected: ['content/licenses/apache-2.0.yaml › spdx: "Apache-2" is not on the SPDX license list — did you mean "Apache-2.0"? Use null when the license has no SPDX id'],
    },
    {
      rule: 'YAML that does not parse',
      setup: (f) => f.edit('content/organizations/example-lab.yaml', (t) => t.replace('kind: academic', 'kind: academic\n  extra: [')),
      expected: ['content/organizations/example-lab.yaml: YAML does not parse: Nested mappings are not allowed in compact mappings — check indentation, colons and quotes on this line'],
    },
    {
      rule: 'missing front matter',
      setup: (f) => f.write('content/models/no-front-matter.md', 'Just prose.\n'),
      expected: ['content/models/no-front-matter.md: no YAML front matter — start the file with a line "---", the facts in YAML, then another "---" line'],
    },
  ];

  for (const { rule, setup, expected } of rules) {
    it(`reports: ${rule}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }

  it('collects every problem of every file in one run', () => {
    const problems = problemsAfter((f) => {
      f.edit(BASE, (t) => t.replace('release_date: "2023-05-01"', 'release_date: "2023-02-30"').replace('architecture: decoder-only', 'architecture: transformer'));
      f.edit(TUNED, (t) => t.replace('license: apache-2.0', 'license: apache2'));
    });
    assert.equal(problems.length, 3);
    assert.equal(new Set(problems.map((line) => line.split(' › ')[0])).size, 2);
  });

  it('names the line of each problem, for GitHub annotations', () => {
    const fixture = fixtureCopy();
    try {
      fixture.edit(BASE, (t) => t.replace('context_length: 2048', 'context_length: -1'));
      const [problem] = validateContent(fixture.root).problems;
      assert.ok(problem);
      const line = fixture.read(BASE).split('\n').findIndex((text) => text.startsWith('context_length:')) + 1;
      assert.equal(problem.line, line);
      assert.equal(githubAnnotation(problem), `::error file=${BASE},line=${line}::context_length: must be positive`);
    } finally {
      fixture.remove();
    }
  });

  it('escapes annotation properties and data', () => {
    assert.equal(
      githubAnnotation({ file: 'content/models/a,b.md', path: 'name', message: '50% done\nnext', line: 3 }),
      '::error file=content/models/a%2Cb.md,line=3::name: 50%25 done%0Anext',
    );
  });
});
