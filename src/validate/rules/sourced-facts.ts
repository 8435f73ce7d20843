// A fact without a source cannot be checked; a source for a fact that is not there is a leftover.
import { modelSchema, SOURCED_FIELDS, UNKNOWN, type SourcedField } from '../../schema/index.ts';
import type { Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type EntryRule } from '../rule.ts';

const isSourcedField = (field: string): field is SourcedField => (SOURCED_FIELDS as readonly string[]).includes(field);

export const sourcedFacts: EntryRule = {
  name: 'sourced-facts',
  checks: 'Every fact field present and not unknown has a sources.<field> URL, and every source has its fact.',
  scope: 'entry',
  collections: ['models'],
  check(entry) {
    const fields = fieldsOf(entry.data);
    if (!fields) return [];
    const sources = fieldsOf(fields.sources) ?? {};
    const problems: Problem[] = [];
    for (const field of SOURCED_FIELDS) {
      const value = fields[field];
      if (value === undefined || value === UNKNOWN || sources[field] !== undefined) continue;
      // "unknown" is offered only where the schema takes it.
      const orUnknown = modelSchema.shape[field].safeParse(UNKNOWN).success ? ` (or write ${field}: unknown)` : '';
      problems.push(
        problemAt(
          entry,
          [field],
          'has no source',
          `add sources.${field}: the https URL of the page that states it${orUnknown}`,
        ),
      );
    }
    for (const field of Object.keys(sources).filter(isSourcedField)) {
      const value = fields[field];
      if (value !== undefined && value !== UNKNOWN) continue;
      // A source left behind by a missing required field is already reported as the missing field.
      if (value === undefined && !modelSchema.shape[field].safeParse(undefined).success) continue;
      const state = value === undefined ? 'absent' : 'unknown';
      problems.push(
        problemAt(
          entry,
          ['sources', field],
          `cites a source for "${field}", which is ${state}`,
          `fill in ${field} from the source, or remove sources.${field}`,
        ),
      );
    }
    return problems;
  },
};
