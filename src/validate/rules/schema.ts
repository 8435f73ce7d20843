// Each entry against its zod schema (src/schema), with hints a contributor can act on: the field
// they probably meant, and what a missing field holds.
import { z } from 'astro/zod';
import { datasetSchema, licenseSchema, modelSchema, organizationSchema } from '../../schema/index.ts';
import type { Collection, EntryFile, Problem } from '../../data/entry-files.ts';
import { valueAt, type FieldPath } from '../../data/walk.ts';
import { isPlaceholder } from '../../data/template.ts';
import { problemAt, type EntryRule } from '../rule.ts';
import { nearestName } from '../suggest.ts';
import { isReference } from './references.ts';

export const SCHEMAS: Record<Collection, z.ZodType> = {
  models: modelSchema,
  licenses: licenseSchema,
  organizations: organizationSchema,
  datasets: datasetSchema,
};

export const schema: EntryRule = {
  name: 'schema',
  checks: 'Every field is known, every required field is there, and every value has the form its schema asks for.',
  scope: 'entry',
  collections: ['models', 'licenses', 'organizations', 'datasets'],
  check(entry) {
    const schema = SCHEMAS[entry.collection];
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) return [];
    return (
      result.error.issues
        // Reported once, by the rule that can say more: a field still holding its scaffold
        // placeholder as unfilled (placeholders.ts), an id that is not one as unknown (references.ts).
        .filter((issue) => !isPlaceholder(valueAt(entry.data, issue.path)))
        .filter(
          (issue) =>
            !(typeof valueAt(entry.data, issue.path) === 'string' && isReference(entry.collection, issue.path)),
        )
        .flatMap((issue) => issueProblems(entry, schema, issue))
    );
  },
};

function issueProblems(entry: EntryFile, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownField(entry, schema, path, key));
  if ('input' in issue && issue.input === undefined && issue.code === 'invalid_type') {
    const description = schemaAt(schema, path)?.description;
    return [
      problemAt(
        entry,
        path,
        'required field is missing',
        description ? `${description} (${issue.message})` : issue.message,
      ),
    ];
  }
  return [problemAt(entry, path, issue.message)];
}

function unknownField(entry: EntryFile, schema: z.ZodType, path: FieldPath, key: string): Problem {
  const keyPath = [...path, key];
  if (key === 'slug' && path.length === 0) {
    return problemAt(
      entry,
      keyPath,
      '"slug" is not allowed: it would silently replace the id',
      'the id is the file name; rename the file instead',
    );
  }
  const known = keysAt(schema, path);
  const guess = nearestName(key, known);
  const hint =
    guess !== undefined
      ? `did you mean "${guess}"?`
      : known.length > 0
        ? `allowed here: ${known.join(', ')}`
        : undefined;
  return problemAt(entry, keyPath, `unknown field "${key}"`, hint);
}

/** The schema of the field at a path, for hints drawn from its description. */
function schemaAt(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<PropertyKey, unknown>)[segment];
    else if (current instanceof z.ZodArray) current = current.element;
    else return undefined;
  }
  return current instanceof z.ZodType ? current : undefined;
}

function unwrap(value: unknown): unknown {
  return value instanceof z.ZodOptional || value instanceof z.ZodNullable ? unwrap(value.unwrap()) : value;
}

/** The field names an object schema allows at a path, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: FieldPath): string[] {
  const object = unwrap(schemaAt(schema, path));
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}
