// npm run new-model: scaffold content/models/<id>.md. Asks for what is missing when run in a
// terminal; takes flags otherwise:
//   npm run new-model -- --id my-model --name "My Model" --org meta --license apache-2.0
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ID_PATTERN } from '../src/schema/index.ts';
import { modelTemplate } from '../src/data/template.ts';
import { readEntryFiles } from '../src/data/entry-files.ts';
import { licenseAliases, nearestId, unknownIdHint } from '../src/validate/suggest.ts';

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
const idsIn = (folder: string, extension: string) =>
  readdirSync(join(root, 'content', folder))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length));
const models = idsIn('models', '.md');
const organizations = idsIn('organizations', '.yaml');
const licenses = idsIn('licenses', '.yaml');
const aliases = licenseAliases(readEntryFiles(root).entries);

/** The reason a value is refused, or undefined when it is fine. */
const checks: Record<'id' | 'name' | 'org' | 'license', (value: string) => string | undefined> = {
  id: (value) => {
    if (!ID_PATTERN.test(value))
      return `"${value}" is not a lowercase kebab-case id (e.g. ${
        value
          .toLowerCase()
          .replace(/[^a-z0-9.]+/g, '-')
          .replace(/^-|-$/g, '') || 'my-model'
      })`;
    const clash = models.find((id) => id.toLowerCase() === value.toLowerCase());
    return clash ? `content/models/${clash}.md already exists` : undefined;
  },
  name: (value) => (value.trim() ? undefined : 'the name must not be empty'),
  org: (value) =>
    organizations.includes(value)
      ? undefined
      : `no organization "${value}" — ${unknownIdHint(value, 'organizations', nearestId(value, organizations))}`,
  license: (value) =>
    licenses.includes(value)
      ? undefined
      : `no license "${value}" — ${unknownIdHint(value, 'licenses', nearestId(value, licenses, aliases))}`,
};

const questions = {
  id: 'Id (file name, kebab-case)',
  name: 'Name',
  org: 'Organization id',
  license: 'License id of the weights',
} as const;
const answers: Partial<Record<keyof typeof checks, string>> = {
  id: values.id,
  name: values.name,
  org: values.org,
  license: values.license,
};
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const errors: string[] = [];

for (const key of Object.keys(checks) as (keyof typeof checks)[]) {
  let value = answers[key];
  while (prompt && (value === undefined || checks[key](value))) {
    if (value !== undefined) console.error(`  ${checks[key](value)}`);
    value = (await prompt.question(`${questions[key]}: `)).trim();
  }
  if (value === undefined) errors.push(`--${key} is missing (${questions[key]})`);
  else if (checks[key](value)) errors.push(`--${key}: ${checks[key](value)}`);
  answers[key] = value;
}
prompt?.close();

if (errors.length > 0) {
  for (const error of errors) console.error(error);
  console.error(
    '\nusage: npm run new-model -- --id my-model --name "My Model" --org <organization id> --license <license id>',
  );
  process.exit(1);
}

const file = join(root, 'content', 'models', `${answers.id}.md`);
if (existsSync(file)) {
  console.error(`${file} already exists`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(
  file,
  modelTemplate({ id: answers.id!, name: answers.name!, organization: answers.org!, license: answers.license!, today }),
);
console.log(`wrote content/models/${answers.id}.md
Next: replace every TODO with a sourced fact (or leave a fact as unknown), then run npm run validate.`);
