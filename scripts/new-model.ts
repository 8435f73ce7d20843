// npm run new-model: scaffold content/models/<id>.md. Asks for what is missing when run in a
// terminal; takes flags otherwise:
//   npm run new-model -- --id my-model --name "My Model" --org meta --license apache-2.0
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelTemplate } from '../src/data/template.ts';
import { collectAnswers, newIdCheck, nonEmpty, referenceCheck } from './entry-scaffold.ts';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    license: { type: 'string' },
    root: { type: 'string', default: process.cwd() },
  },
});
const root = values.root!;

const answers = await collectAnswers(
  { id: values.id, name: values.name, org: values.org, license: values.license },
  {
    id: newIdCheck(root, 'models'),
    name: (value) => (nonEmpty(value) ? 'the name must not be empty' : undefined),
    org: referenceCheck(root, 'organizations', 'organization'),
    license: referenceCheck(root, 'licenses', 'license'),
  },
  { id: 'Id (file name, kebab-case)', name: 'Name', org: 'Organization id', license: 'License id of the weights' },
  'npm run new-model -- --id my-model --name "My Model" --org <organization id> --license <license id>',
);

const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  join(root, 'content', 'models', `${answers.id}.md`),
  modelTemplate({ id: answers.id, name: answers.name, organization: answers.org, license: answers.license, today }),
);
console.log(`wrote content/models/${answers.id}.md
Next: replace every TODO with a sourced fact (or leave a fact as unknown), then run npm run validate.`);
