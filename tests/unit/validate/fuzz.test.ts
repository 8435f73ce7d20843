// Fuzzing the validator (the entry point of `npm run validate` and of the build) with fast-check:
// mutated entries, arbitrary text and arbitrary file names never make it throw, and every problem
// it reports names its file and the field (or, for a file that does not parse into fields, the
// line). A few of the same mutations go through a real build, which must fail without a stack
// trace. The seed and the number of cases that ran are printed in the test report; FUZZ_SEED=<n>
// runs the same cases again.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { validateContent, type Problem } from '../../../src/validate/index.ts';
import { formatProblem } from '../../../src/validate/report.ts';
import { ASTRO, fixtureCopy, projectCopy, VALID_FIXTURE } from '../../support/fixtures.ts';

const fixture = fixtureCopy();
const FUZZ_MODEL = 'content/models/fuzz-model.md';
const FUZZ_LICENSE = 'content/licenses/fuzz-license.yaml';

const frontMatter = (file: string) =>
  parse(readFileSync(join(VALID_FIXTURE, file), 'utf8').split('---\n')[1]!) as Record<string, unknown>;
const MODEL = frontMatter('content/models/tuned-model.md');
const LICENSE = parse(readFileSync(join(VALID_FIXTURE, 'content/licenses/apache-2.0.yaml'), 'utf8')) as Record<
  string,
  unknown
>;

// Values a contributor (or an attacker) might write, next to whatever fast-check makes up.
const tricky = fc.constantFrom(
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'data:text/html,x',
  'http://example.org',
  'https://',
  'unknown',
  'TODO: fill in',
  '',
  ' ',
  '\u202Ehidden',
  '\u200B',
  '2024-13-01',
  '2023-02-30',
  '9999-01-01',
  'yes',
  'no',
  '=1+1',
  '__proto__',
  'constructor',
  'apache-2.0',
  'base-model',
  'fuzz-model',
  'non-commercial',
  'open',
  'decoder-only',
  '../../etc/passwd',
  '${x}',
  '{{x}}',
  '\n---\n',
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tricky,
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string(), tricky), tie('value'), { maxKeys: 3 }),
  ),
}));

/** Sets, replaces or deletes fields (one or two levels deep) of a copy of a valid entry. */
function mutated(entry: Record<string, unknown>) {
  const key = fc.oneof(fc.constantFrom(...Object.keys(entry)), fc.string());
  const mutation = fc.tuple(
    key,
    fc.option(fc.oneof(fc.string(), tricky, fc.nat(3))),
    fc.option(value, { nil: undefined }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const data = structuredClone(entry);
    for (const [field, subfield, newValue] of mutations) {
      // Only the entry's own fields: data["__proto__"] is Object.prototype, and writing into it
      // changed every object of the test process (the cause of failures that came and went).
      const parent = Object.hasOwn(data, field) ? data[field] : undefined;
      const target =
        subfield !== null && parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>) : data;
      const name = target === data ? field : String(subfield);
      // A list's length is not a field YAML could write.
      if (Array.isArray(target) && name === 'length') continue;
      if (newValue === undefined) delete target[name];
      // defineProperty, so a "__proto__" field is written as a field, as YAML would read it.
      else
        Object.defineProperty(target, name, { value: newValue, enumerable: true, writable: true, configurable: true });
    }
    return data;
  });
}

const body = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'Prose.',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '![i](https://e.org/i.png)',
    '<!-- c -->',
    'TODO: write',
  ),
);
// Strings quoted, as the contributor guide asks, so dates and yes/no reach the schema as text.
const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const modelFile = fc.tuple(mutated(MODEL), body).map(([data, prose]) => `---\n${yaml(data)}---\n${prose}`);
const licenseFile = mutated(LICENSE).map(yaml);
const rawText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(fc.string(), fc.string()).map(([yaml, prose]) => `---\n${yaml}\n---\n${prose}`),
);
const fileName = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((name) => !/[/\0]/.test(name) && name !== '.' && name !== '..');

function clear() {
  for (const dir of ['content/models', 'content/licenses']) {
    for (const name of readdirSync(join(fixture.root, dir))) {
      if (!readdirSync(join(VALID_FIXTURE, dir)).includes(name))
        rmSync(join(fixture.root, dir, name), { recursive: true, force: true });
    }
  }
}

/**
 * What a problem must name beyond its file: always a field, for entries that parse into fields;
 * a field or a line, for arbitrary text; nothing more, for a problem with the file's name.
 */
type Naming = 'field' | 'field or line' | 'file';

/** The validator's answer for the fixture plus the written files; throws on any broken promise. */
function check(files: Record<string, string>, naming: Naming): void {
  clear();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(fixture.root, file), text);
  const { problems } = validateContent(fixture.root);
  for (const problem of problems) assertNamed(problem, naming);
}

function assertNamed(problem: Problem, naming: Naming): void {
  const shown = formatProblem(problem);
  assert.match(problem.file, /^content\/(models|licenses|organizations)\/./, shown);
  assert.ok(shown.startsWith(problem.file), shown);
  assert.ok(problem.message.trim().length > 0, shown);
  const namesField = typeof problem.path === 'string' && problem.path.length > 0;
  const namesLine = Number.isInteger(problem.line) && problem.line! >= 1;
  if (naming === 'field') assert.ok(namesField, `names no field: ${shown}`);
  if (naming === 'field or line') assert.ok(namesField || namesLine, `names neither a field nor a line: ${shown}`);
}

// One seed for the whole run, printed, so a failure can be run again exactly.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
// What every object inherits, to prove that the mutations never write into it.
const PROTOTYPE_FIELDS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('validator fuzzing', { timeout: 120_000 }, () => {
  after(() => fixture.remove());
  let cases = 0;

  const properties: [string, fc.IProperty<never> | fc.IPropertyWithHooks<never>, number][] = [
    [
      'mutated model entries',
      fc.property(modelFile, (text) => {
        cases += 1;
        check({ [FUZZ_MODEL]: text }, 'field');
      }) as never,
      600,
    ],
    [
      'mutated license entries',
      fc.property(licenseFile, (text) => {
        cases += 1;
        check({ [FUZZ_LICENSE]: text }, 'field');
      }) as never,
      300,
    ],
    [
      'arbitrary text as a model and as a license',
      fc.property(rawText, rawText, (model, license) => {
        cases += 1;
        check({ [FUZZ_MODEL]: model, [FUZZ_LICENSE]: license }, 'field or line');
      }) as never,
      400,
    ],
    [
      'arbitrary file names',
      fc.property(fileName, (name) => {
        cases += 1;
        check(
          { [`content/models/${name}`]: readFileSync(join(VALID_FIXTURE, 'content/models/base-model.md'), 'utf8') },
          'file',
        );
      }) as never,
      200,
    ],
  ];
  for (const [name, property, numRuns] of properties) {
    it(`${name}: never throw, every problem names file and field`, (t) => {
      const before = cases;
      t.diagnostic(`seed ${SEED} (FUZZ_SEED=${SEED} repeats it)`);
      fc.assert(property, { numRuns, seed: SEED });
      assert.equal(cases - before, numRuns);
      t.diagnostic(`${numRuns} cases of ${name} ran`);
    });
  }

  it('reports how many cases ran, and left the objects of the process alone', (t) => {
    assert.equal(cases, 1500);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_FIELDS);
    t.diagnostic(`fuzzing: ${cases} validator cases ran`);
    console.log(`fuzzing: ${cases} validator cases ran`);
  });

  it('mutated entries fail the build with their problems, never a stack trace', { timeout: 120_000 }, (t) => {
    const seed = SEED;
    const samples = fc.sample(modelFile, { numRuns: 2, seed });
    for (const text of samples) {
      const project = projectCopy();
      try {
        writeFileSync(join(project.root, FUZZ_MODEL), text);
        const { status, output } = project.run(ASTRO, ['build']);
        const context = `seed ${seed}:\n${text}\n${output}`;
        assert.doesNotMatch(output, /Stack trace|^\s+at .*:\d+:\d+\)?$/m, context);
        if (status !== 0) assert.match(output, /content\/models\/fuzz-model\.md › .+: /, context);
      } finally {
        project.remove();
      }
    }
    t.diagnostic(`${samples.length} mutated entries built`);
  });
});
