// What new-model and new-dataset share: the ids already in content/, the checks of an id and of a
// reference, and asking for each missing answer in a terminal (flags otherwise).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { ID_PATTERN } from '../src/schema/index.ts';
import { COLLECTIONS, readEntryFiles, type Collection } from '../src/data/entry-files.ts';
import { licenseAliases, nearestId, unknownIdHint } from '../src/validate/suggest.ts';

export type Check = (value: string) => string | undefined;

/** The ids of a collection's entries under a project root. */
export function idsIn(root: string, collection: Collection): string[] {
  const { dir, extension } = COLLECTIONS[collection];
  return readdirSync(join(root, dir))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length));
}

/** A new entry's id: kebab-case, and not taken. */
export function newIdCheck(root: string, collection: Collection): Check {
  const taken = idsIn(root, collection);
  const { dir, extension } = COLLECTIONS[collection];
  return (value) => {
    if (!ID_PATTERN.test(value)) {
      const suggestion =
        value
          .toLowerCase()
          .replace(/[^a-z0-9.]+/g, '-')
          .replace(/^-|-$/g, '') || 'my-entry';
      return `"${value}" is not a lowercase kebab-case id (e.g. ${suggestion})`;
    }
    const clash = taken.find((id) => id.toLowerCase() === value.toLowerCase());
    return clash ? `${dir}/${clash}${extension} already exists` : undefined;
  };
}

/** A reference to an existing entry, with the validator's "did you mean" or how to add it. */
export function referenceCheck(root: string, collection: Collection, what: string): Check {
  const known = idsIn(root, collection);
  const aliases = collection === 'licenses' ? licenseAliases(readEntryFiles(root).entries) : new Map();
  return (value) =>
    known.includes(value)
      ? undefined
      : `no ${what} "${value}" — ${unknownIdHint(value, collection, nearestId(value, known, aliases))}`;
}

export const nonEmpty: Check = (value) => (value.trim() ? undefined : 'must not be empty');

/**
 * Every answer, from its flag or, in a terminal, by asking until it passes its check. Exits with
 * each problem and the usage line when one is missing or wrong.
 */
export async function collectAnswers<K extends string>(
  given: Partial<Record<K, string>>,
  checks: Record<K, Check>,
  questions: Record<K, string>,
  usage: string,
): Promise<Record<K, string>> {
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const answers = { ...given };
  const errors: string[] = [];
  for (const key of Object.keys(checks) as K[]) {
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
    console.error(`\nusage: ${usage}`);
    process.exit(1);
  }
  return answers as Record<K, string>;
}
