// A fact without a source cannot be checked; a source for a fact that is not there is a leftover.
// Models, each of their variants and datasets list their facts' sources the same way.
import type { z } from 'astro/zod';
import {
  DATASET_SOURCED_FIELDS,
  datasetSchema,
  modelSchema,
  SOURCED_FIELDS,
  UNKNOWN,
  VARIANT_SOURCED_FIELDS,
  variantSchema,
} from '../../schema/index.ts';
import type { EntryFile, Problem } from '../../data/entry-files.ts';
import { fieldsOf, type FieldPath } from '../../data/walk.ts';
import { problemAt, type EntryRule } from '../rule.ts';

/** The facts of one object (an entry, or a variant in it) against its `sources` map. */
function sourceProblems(
  entry: EntryFile,
  at: FieldPath,
  data: unknown,
  fields: readonly string[],
  shape: Record<string, z.ZodType>,
): Problem[] {
  const values = fieldsOf(data);
  if (!values) return [];
  const sources = fieldsOf(values.sources) ?? {};
  const problems: Problem[] = [];
  for (const field of fields) {
    const value = values[field];
    if (value === undefined || value === UNKNOWN || sources[field] !== undefined) continue;
    // "unknown" is offered only where the schema takes it.
    const orUnknown = shape[field]!.safeParse(UNKNOWN).success ? ` (or write ${field}: unknown)` : '';
    const hint = `add sources.${field}: the https URL of the page that states it${orUnknown}`;
    problems.push(problemAt(entry, [...at, field], 'has no source', hint));
  }
  for (const field of Object.keys(sources).filter((name) => fields.includes(name))) {
    const value = values[field];
    if (value !== undefined && value !== UNKNOWN) continue;
    // A source left behind by a missing required field is already reported as the missing field.
    if (value === undefined && !shape[field]!.safeParse(undefined).success) continue;
    const state = value === undefined ? 'absent' : 'unknown';
    const hint = `fill in ${field} from the source, or remove sources.${field}`;
    problems.push(
      problemAt(entry, [...at, 'sources', field], `cites a source for "${field}", which is ${state}`, hint),
    );
  }
  return problems;
}

export const sourcedFacts: EntryRule = {
  name: 'sourced-facts',
  checks:
    'Every fact field of a model, a variant or a dataset, present and not unknown, has a sources.<field> URL, and every source has its fact.',
  scope: 'entry',
  collections: ['models', 'datasets'],
  check(entry) {
    if (entry.collection === 'datasets') {
      return sourceProblems(entry, [], entry.data, DATASET_SOURCED_FIELDS, datasetSchema.shape);
    }
    const problems = sourceProblems(entry, [], entry.data, SOURCED_FIELDS, modelSchema.shape);
    const variants = fieldsOf(entry.data)?.variants;
    if (Array.isArray(variants)) {
      variants.forEach((variant, index) => {
        problems.push(
          ...sourceProblems(entry, ['variants', index], variant, VARIANT_SOURCED_FIELDS, variantSchema.shape),
        );
      });
    }
    return problems;
  },
};
