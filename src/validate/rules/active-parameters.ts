import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type EntryRule } from '../rule.ts';

export const activeParameters: EntryRule = {
  name: 'active-parameters',
  checks: 'A mixture-of-experts model gives one active size per total size, in the same order.',
  scope: 'entry',
  collections: ['models'],
  check(entry) {
    const { parameters, active_parameters: active } = fieldsOf(entry.data) ?? {};
    if (!Array.isArray(active) || !Array.isArray(parameters) || active.length === parameters.length) return [];
    return [
      problemAt(
        entry,
        ['active_parameters'],
        `lists ${active.length} sizes but parameters lists ${parameters.length}`,
        'give one active size per total size, in the same order',
      ),
    ];
  },
};
