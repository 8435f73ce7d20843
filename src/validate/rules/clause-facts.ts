// A clause that binds above a number needs the number, and a territorial clause its regions:
// without them no reader, and no "Can I use it?" with their own numbers, can tell whom it binds.
import type { Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type EntryRule } from '../rule.ts';

/** What each clause kind needs when it applies, with the hint a contributor reads. */
const NEEDS: Record<string, { has: (clause: Record<string, unknown>) => boolean; missing: string; hint: string }[]> = {
  user_threshold: [
    {
      has: (c) => c.value !== undefined,
      missing: 'value',
      hint: 'the number of monthly active users, e.g. value: 700000000',
    },
    {
      has: (c) => c.counted !== undefined,
      missing: 'counted',
      hint: 'when users are counted: month-before-release, any-month or unstated',
    },
  ],
  revenue_threshold: [
    { has: (c) => c.value !== undefined, missing: 'value', hint: 'the revenue in US dollars, e.g. value: 1000000' },
    {
      has: (c) => c.period !== undefined,
      missing: 'period',
      hint: 'the period the revenue is counted over: year or month',
    },
  ],
  threshold_duty: [
    {
      has: (c) => c.users !== undefined || c.revenue !== undefined,
      missing: 'users or revenue',
      hint: 'the number of monthly active users (users:) or the revenue in US dollars (revenue:, with period:) above which the duty applies',
    },
    {
      has: (c) => c.revenue === undefined || c.period !== undefined,
      missing: 'period',
      hint: 'the period the revenue is counted over: year or month',
    },
    { has: (c) => c.duty !== undefined, missing: 'duty', hint: 'what is owed above the threshold, in plain words' },
  ],
  territorial_exclusion: [
    {
      has: (c) => c.regions !== undefined,
      missing: 'regions',
      hint: 'the regions where the license grants nothing, e.g. regions: [eu, gb, kr]',
    },
    {
      has: (c) => c.binds !== undefined,
      missing: 'binds',
      hint: 'whom it binds: licensees (people and companies based there) or everyone (any use there)',
    },
  ],
};

export const clauseFacts: EntryRule = {
  name: 'clause-facts',
  checks:
    'A threshold clause that applies gives its number (and when it is counted), a territorial clause its regions and whom it binds.',
  scope: 'entry',
  collections: ['licenses'],
  check(entry) {
    const clauses = fieldsOf(fieldsOf(entry.data)?.clauses);
    if (!clauses) return [];
    const problems: Problem[] = [];
    for (const [name, needs] of Object.entries(NEEDS)) {
      const clause = fieldsOf(clauses[name]);
      // An unconfirmed clause may not give its number: only a clause that applies must.
      if (clause?.applies !== true) continue;
      for (const need of needs) {
        if (!need.has(clause)) {
          problems.push(
            problemAt(entry, ['clauses', name], `applies but gives no ${need.missing}`, `add ${need.hint}`),
          );
        }
      }
    }
    return problems;
  },
};
