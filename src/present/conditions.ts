// "Can I use it?" with a user's own numbers: their monthly active users, their revenue and their
// region. A threshold or territorial clause carries a condition; given the numbers, it either
// still applies, no longer applies, or cannot be told. Shared by the page and its script, so no
// schema library here.
import type { RevenuePeriod, ThresholdCount } from '../schema/vocabulary.ts';

/** When a clause applies to a user: above a number of users or revenue, or in some regions. */
export type Condition =
  | { kind: 'users'; above: number; counted: ThresholdCount }
  | { kind: 'revenue'; above: number; period: RevenuePeriod }
  | { kind: 'duty'; users?: number; revenue?: number; period?: RevenuePeriod }
  | { kind: 'region'; regions: readonly string[] };

/** The numbers a user gives; revenue is US dollars a year. */
export interface UserNumbers {
  users?: number;
  revenue?: number;
  region?: string;
}

export type ConditionResult = 'applies' | 'lifted' | 'unknown';

// The member states of the European Union (europa.eu, "Country profiles"): a member state implies eu.
const EU_MEMBERS = new Set([
  'at',
  'be',
  'bg',
  'hr',
  'cy',
  'cz',
  'dk',
  'ee',
  'fi',
  'fr',
  'de',
  'gr',
  'hu',
  'ie',
  'it',
  'lv',
  'lt',
  'lu',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'si',
  'es',
  'se',
]);

/** The regions a region code stands in: itself, and the EU for a member state. */
export function regionsOf(region: string): string[] {
  return EU_MEMBERS.has(region) ? [region, 'eu'] : [region];
}

/** Revenue a year compared with a threshold counted over a period: a month is a twelfth. */
const revenueOver = (yearly: number, period: RevenuePeriod = 'year') => (period === 'month' ? yearly / 12 : yearly);

/** Whether a clause with this condition applies to a user with these numbers. */
export function evaluate(condition: Condition, numbers: UserNumbers): ConditionResult {
  switch (condition.kind) {
    case 'users':
      if (numbers.users === undefined) return 'unknown';
      return numbers.users > condition.above ? 'applies' : 'lifted';
    case 'revenue':
      if (numbers.revenue === undefined) return 'unknown';
      return revenueOver(numbers.revenue, condition.period) > condition.above ? 'applies' : 'lifted';
    case 'duty': {
      // Above either number the duty applies; below both, it does not; a missing number leaves it open.
      const byUsers =
        condition.users === undefined
          ? 'lifted'
          : numbers.users === undefined
            ? 'unknown'
            : numbers.users > condition.users
              ? 'applies'
              : 'lifted';
      const byRevenue =
        condition.revenue === undefined
          ? 'lifted'
          : numbers.revenue === undefined
            ? 'unknown'
            : revenueOver(numbers.revenue, condition.period) > condition.revenue
              ? 'applies'
              : 'lifted';
      if (byUsers === 'applies' || byRevenue === 'applies') return 'applies';
      return byUsers === 'lifted' && byRevenue === 'lifted' ? 'lifted' : 'unknown';
    }
    case 'region':
      if (numbers.region === undefined) return 'unknown';
      return regionsOf(numbers.region).some((region) => condition.regions.includes(region)) ? 'applies' : 'lifted';
  }
}

export const NUMBER_PARAMETERS = ['users', 'revenue', 'region'] as const;

/**
 * The numbers in a query string (`users`, `revenue`, `region`), and a note for each value that was
 * not understood and is ignored. `known` lists the region codes the page offers.
 */
export function parseNumbers(search: string, known: ReadonlySet<string>): { numbers: UserNumbers; ignored: string[] } {
  const params = new URLSearchParams(search);
  const numbers: UserNumbers = {};
  const ignored: string[] = [];
  for (const name of ['users', 'revenue'] as const) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    if (/^\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) numbers[name] = Number(raw);
    else ignored.push(`${name}=${raw}`);
  }
  const region = params.get('region')?.trim().toLowerCase();
  if (region) {
    // "uk" is what people type; ISO 3166-1 says gb.
    const code = region === 'uk' ? 'gb' : region;
    if (known.has(code)) numbers.region = code;
    else ignored.push(`region=${region}`);
  }
  return { numbers, ignored };
}

/** The numbers as query parameters, in a fixed order; empty numbers are left out. */
export function serializeNumbers(numbers: UserNumbers): string[] {
  return NUMBER_PARAMETERS.flatMap((name) =>
    numbers[name] === undefined ? [] : [`${name}=${encodeURIComponent(String(numbers[name]))}`],
  );
}
