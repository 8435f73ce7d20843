// npm run new-dataset: scaffold content/datasets/<id>.yaml. Asks for what is missing when run in
// a terminal; takes flags otherwise:
//   npm run new-dataset -- --id my-data --name "My Data" --license cc-by-4.0
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetTemplate } from '../src/data/template.ts';
import { collectAnswers, newIdCheck, nonEmpty, referenceCheck, type Check } from './entry-scaffold.ts';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    license: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});
const root = values.root!;
const knownLicense = referenceCheck(root, 'licenses', 'license');
// A dataset's license may be unknown (unreleased data, or a license with no entry yet).
const license: Check = (value) => (value === 'unknown' ? undefined : knownLicense(value));

const answers = await collectAnswers(
  { id: values.id, name: values.name, license: values.license },
  {
    id: newIdCheck(root, 'datasets'),
    name: (value) => (nonEmpty(value) ? 'the name must not be empty' : undefined),
    license,
  },
  { id: 'Id (file name, kebab-case)', name: 'Name', license: 'License id of the data (or unknown)' },
  'npm run new-dataset -- --id my-data --name "My Data" --license <license id or unknown>',
);

const today = new Date().toISOString().slice(0, 10);
writeFileSync(join(root, 'content', 'datasets', `${answers.id}.yaml`), datasetTemplate({ ...answers, today }));
console.log(`wrote content/datasets/${answers.id}.yaml
Next: replace every TODO with a sourced fact, then run npm run validate.`);
