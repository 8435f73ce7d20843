// The comparison table's state, as it lives in the URL (docs/ARCHITECTURE.md, "Query parameters"):
// parsing that ignores anything unknown, a canonical serialization, and the row matching and
// ordering rules. Shared by the browser script and the tests; no DOM and no schema library here.
import {
  LICENSE_CATEGORIES,
  USE_NAMES,
  VERDICTS,
  WEIGHTS_ACCESS,
  type LicenseCategory,
  type Use,
  type Verdict,
  type WeightsAccess,
} from '../schema/vocabulary.ts';

export const SORT_KEYS = [
  'name',
  'organization',
  'parameters',
  'release_date',
  'license',
  'commercial_use',
  'weights',
  'openness',
  'context_length',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Rows per `<tbody>`. Each group is skipped by the browser while off screen (CSS
 * `content-visibility`), so style and layout cost what is on screen, not what the table holds;
 * a change lays out the groups on screen in full, so smaller groups lay out fewer rows.
 */
export const ROWS_PER_GROUP = 10;

/** The rows each of `groupCount` groups holds: the shown rows in order, `size` to a group, the rest empty. */
export function packGroups<T>(shown: readonly T[], groupCount: number, size = ROWS_PER_GROUP): T[][] {
  return Array.from({ length: groupCount }, (_, index) => shown.slice(index * size, (index + 1) * size));
}

/** The list filters, in the order they appear in a canonical URL. */
export const LIST_FILTERS = ['commercial', 'license', 'category', 'org', 'weights', 'allows'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface TableState {
  q: string;
  commercial: Verdict[];
  license: string[];
  category: LicenseCategory[];
  org: string[];
  weights: WeightsAccess[];
  allows: Use[];
  params: { min: number | null; max: number | null };
  sort: { key: SortKey; descending: boolean } | null;
}

/** Ids that exist in the data; any other value in the URL is ignored. */
export interface KnownIds {
  licenses: readonly string[];
  organizations: readonly string[];
}

export const EMPTY_STATE: TableState = {
  q: '',
  commercial: [],
  license: [],
  category: [],
  org: [],
  weights: [],
  allows: [],
  params: { min: null, max: null },
  sort: null,
};

function allowedValues(filter: ListFilter, known: KnownIds): readonly string[] {
  switch (filter) {
    case 'commercial':
      return VERDICTS;
    case 'license':
      return [...known.licenses].sort();
    case 'category':
      return LICENSE_CATEGORIES;
    case 'org':
      return [...known.organizations].sort();
    case 'weights':
      return WEIGHTS_ACCESS;
    case 'allows':
      return USE_NAMES;
  }
}

const RANGE = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/;

export function parseTableState(search: string, known: KnownIds): TableState {
  const params = new URLSearchParams(search);
  const state: TableState = structuredClone(EMPTY_STATE);
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  for (const filter of LIST_FILTERS) {
    const requested = new Set(
      params
        .getAll(filter)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim()),
    );
    // Keeping the vocabulary's order makes the state (and so the URL) independent of how it was written.
    (state[filter] as string[]) = allowedValues(filter, known).filter((value) => requested.has(value));
  }
  const range = RANGE.exec(params.get('params') ?? '');
  if (range && (range[1] !== undefined || range[2] !== undefined)) {
    const min = range[1] === undefined ? null : Number(range[1]);
    const max = range[2] === undefined ? null : Number(range[2]);
    if (min === null || max === null || min <= max) state.params = { min, max };
  }
  const sort = params.get('sort') ?? '';
  const key = sort.replace(/^-/, '');
  if ((SORT_KEYS as readonly string[]).includes(key))
    state.sort = { key: key as SortKey, descending: sort.startsWith('-') };
  return state;
}

/** The query string for a state, "" for no filter; the same state always gives the same string. */
export function serializeTableState(state: TableState): string {
  const parts: string[] = [];
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  for (const filter of LIST_FILTERS) {
    if (state[filter].length > 0) parts.push(`${filter}=${state[filter].map(encodeURIComponent).join(',')}`);
  }
  if (state.params.min !== null || state.params.max !== null)
    parts.push(`params=${state.params.min ?? ''}-${state.params.max ?? ''}`);
  if (state.sort) parts.push(`sort=${state.sort.descending ? '-' : ''}${state.sort.key}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** What the free-text filter searches: a model's name, its organization's name and its summary. */
export function searchText(name: string, organization: string, summary: string, aliases: string): string {
  return `${name} ${organization} ${summary} ${aliases}`.toLowerCase();
}

/** What the table knows of one release in a row (the main weights, or a variant), to filter it. */
export interface ReleaseFacts {
  commercial: Verdict;
  license: string;
  category: LicenseCategory;
  weights: WeightsAccess;
  /** Sizes in billions; null when unknown. */
  sizes: readonly number[] | null;
  /** The uses its terms permit. */
  allows: readonly Use[];
}

/** What the table knows of a row, to filter and sort it: the main weights' facts, and each variant's. */
export interface RowFacts extends ReleaseFacts {
  id: string;
  /** Lowercased name, organization and summary, for the free-text filter. */
  text: string;
  org: string;
  /** Variants, each filtered as a release of its own; absent when the model has none. */
  variants?: readonly ReleaseFacts[];
}

type Failure = 'q' | 'params' | ListFilter;

/** The filters that hold for a whole row, whichever release passes the others. */
function rowFailures(row: RowFacts, state: TableState): Failure[] {
  const failed: Failure[] = [];
  if (state.q && !queryWords(state.q).every((word) => row.text.includes(word))) failed.push('q');
  if (state.org.length > 0 && !state.org.includes(row.org)) failed.push('org');
  return failed;
}

/** The filters one release of a row fails. */
function releaseFailures(release: ReleaseFacts, state: TableState, failed: Failure[]): Failure[] {
  for (const filter of RELEASE_FILTERS) {
    const wanted = state[filter] as readonly string[];
    if (wanted.length > 0 && !wanted.includes(release[filter])) failed.push(filter);
  }
  if (!state.allows.every((use) => release.allows.includes(use))) failed.push('allows');
  const { min, max } = state.params;
  const inRange = (size: number) => (min === null || size >= min) && (max === null || size <= max);
  if ((min !== null || max !== null) && !release.sizes?.some(inRange)) failed.push('params');
  return failed;
}

/** The filters a release has one value for; `allows` holds several, `org` belongs to the row. */
const RELEASE_FILTERS = ['commercial', 'license', 'category', 'weights'] as const;

// The words of the last free-text query: every row is tested against the same one.
let lastQuery: { q: string; words: readonly string[] } | undefined;
function queryWords(q: string): readonly string[] {
  if (lastQuery?.q !== q) lastQuery = { q, words: q.toLowerCase().split(/\s+/).filter(Boolean) };
  return lastQuery.words;
}

/** The rows that show, in their order, and per filter option (`"<filter>=<value>"`) how many rows would show if it were ticked. */
export interface FilterResult<T> {
  shown: T[];
  counts: Map<string, number>;
}

// Each release's option keys, made once: building them again on every change was most of a
// filter's cost at 5,000 rows.
const optionKeysOf = new WeakMap<
  ReleaseFacts,
  { single: Record<(typeof RELEASE_FILTERS)[number], string>; allows: readonly string[] }
>();
function optionKeys(release: ReleaseFacts) {
  let keys = optionKeysOf.get(release);
  if (!keys) {
    keys = {
      single: {
        commercial: `commercial=${release.commercial}`,
        license: `license=${release.license}`,
        category: `category=${release.category}`,
        weights: `weights=${release.weights}`,
      },
      allows: release.allows.map((use) => `allows=${use}`),
    };
    optionKeysOf.set(release, keys);
  }
  return keys;
}

/**
 * The option keys a row counts for: an option counts the rows that would show if it were ticked,
 * given the other filters, so a release that fails no filter, or only that option's own, counts
 * for its value. A row counts once per option, whichever of its releases qualify.
 */
function rowOptionKeys(row: RowFacts, state: TableState, shared: Failure[], add: (key: string) => void): boolean {
  const releases = [row, ...(row.variants ?? [])];
  const seen = releases.length > 1 ? new Set<string>() : undefined;
  const count = (key: string) => {
    if (seen?.has(key)) return;
    seen?.add(key);
    add(key);
  };
  let shows = false;
  for (const release of releases) {
    const failed = releaseFailures(release, state, [...shared]);
    if (failed.length === 0) shows = true;
    if (failed.length > 1) continue;
    const keys = optionKeys(release);
    for (const filter of RELEASE_FILTERS) if (failed.length === 0 || failed[0] === filter) count(keys.single[filter]);
    if (failed.length === 0 || failed[0] === 'org') count(`org=${row.org}`);
    if (failed.length === 0) for (const key of keys.allows) count(key);
  }
  return shows;
}

/** One pass over the rows gives both the visible rows and every option's count. */
export function applyFilters<T>(rows: readonly T[], factsOf: (row: T) => RowFacts, state: TableState): FilterResult<T> {
  const shown: T[] = [];
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const row of rows) {
    const facts = factsOf(row);
    const shared = rowFailures(facts, state);
    // A row that fails two row-wide filters shows for no option.
    if (shared.length > 1) continue;
    if (rowOptionKeys(facts, state, shared, add)) shown.push(row);
  }
  return { shown, counts };
}

/** Sort values of a row; null sorts last whichever the direction. */
export type SortValues = Record<SortKey, string | number | null>;

// One collator for every comparison: localeCompare with options builds a new one each call,
// which makes sorting 1,000 rows take a tenth of a second.
// Made on first use: building it costs a few milliseconds the page load need not pay.
let collator: Intl.Collator | undefined;

export function compareSortValues(a: SortValues, b: SortValues, key: SortKey, descending: boolean): number {
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order =
    typeof x === 'number' && typeof y === 'number'
      ? x - y
      : (collator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(String(x), String(y));
  return descending ? -order : order;
}
