import type { EntryRule } from '../rule.ts';

export const fieldsMap: EntryRule = {
  name: 'fields-map',
  checks: "An entry (a model's front matter) is a map of fields, not empty, a list or a lone value.",
  scope: 'entry',
  collections: ['models', 'licenses', 'organizations', 'datasets'],
  check(entry) {
    const data = entry.data;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) return [];
    const what = entry.collection === 'models' ? 'front matter' : 'file';
    const state = data === null || data === undefined ? 'empty' : 'not a map of fields';
    return [{ file: entry.file, line: 1, message: `${what} is ${state}`, hint: 'write one "field: value" per line' }];
  },
};
