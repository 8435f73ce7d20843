// The table's rows as the script knows them: each row's facts read from its data attributes and
// cells, and the orders and filter results built from them, each computed once and kept.
import { VERDICTS, WEIGHTS_ACCESS } from '../schema/vocabulary.ts';
import {
  applyFilters,
  compareSortValues,
  searchText,
  serializeTableState,
  SORT_KEYS,
  type ReleaseFacts,
  type RowFacts,
  type SortKey,
  type SortValues,
  type TableState,
} from '../present/table-state.ts';

export interface Row {
  element: HTMLTableRowElement;
  /** Position in the server's order, the order when no sort is chosen. */
  index: number;
  facts: RowFacts;
  /** Read from the row on the first sort, not at load. */
  sort?: SortValues;
}

/** The text of a row's cell in a column. */
function cellText(element: HTMLTableRowElement, key: SortKey): string {
  return element.cells[SORT_KEYS.indexOf(key)]?.textContent?.trim() ?? '';
}

/** A row's facts: its data attributes, the names its cells show, its license's category from the filters. */
function factsOf(element: HTMLTableRowElement, categories: ReadonlyMap<string, string>): RowFacts {
  const data = element.dataset;
  return {
    id: data.model ?? '',
    text: searchText(
      cellText(element, 'name'),
      cellText(element, 'organization'),
      data.summary ?? '',
      data.aliases ?? '',
    ),
    commercial: data.commercial as RowFacts['commercial'],
    license: data.license ?? '',
    category: categories.get(data.license ?? '') as RowFacts['category'],
    org: data.org ?? '',
    weights: data.weights as RowFacts['weights'],
    sizes: data.sizes ? data.sizes.split(',').map(Number) : null,
    allows: (data.allows ?? '').split(' ').filter(Boolean) as unknown as RowFacts['allows'],
    ...(data.variants ? { variants: variantsOf(data.variants, categories) } : {}),
  };
}

/** The variants a row carries in `data-variants`, each with its license's category from the filters. */
function variantsOf(json: string, categories: ReadonlyMap<string, string>): ReleaseFacts[] {
  const variants = JSON.parse(json) as Omit<ReleaseFacts, 'category'>[];
  return variants.map((variant) => ({
    ...variant,
    category: categories.get(variant.license) as ReleaseFacts['category'],
  }));
}

/** The largest size of a row's releases, main weights and variants, for sorting by size. */
function largestSize({ sizes, variants }: RowFacts): number | null {
  const all = [...(sizes ?? []), ...(variants ?? []).flatMap((variant) => variant.sizes ?? [])];
  return all.length > 0 ? Math.max(...all) : null;
}

function sortValuesOf({ element, facts }: Row): SortValues {
  const text = (key: SortKey) => cellText(element, key);
  return {
    name: text('name'),
    organization: text('organization'),
    parameters: largestSize(facts),
    release_date: text('release_date'),
    license: text('license'),
    commercial_use: VERDICTS.indexOf(facts.commercial),
    weights: WEIGHTS_ACCESS.indexOf(facts.weights),
    openness: Number(text('openness')),
    context_length: element.dataset.context ? Number(element.dataset.context) : null,
  };
}

/** What a state shows: the rows in order, the set of them, and each filter option's count. */
export interface TableView {
  shown: Row[];
  showing: ReadonlySet<Row>;
  counts: ReadonlyMap<string, number>;
}

/**
 * The rows of the table's groups, read once. Each sort order is computed once (the rows never
 * change, so a column sorted again costs nothing), and a filter result is kept while only the
 * sort changes.
 */
export function tableRows(groups: readonly HTMLTableSectionElement[], categories: ReadonlyMap<string, string>) {
  const all: Row[] = groups
    .flatMap((group) => [...group.rows])
    .map((element, index) => ({ element, index, facts: factsOf(element, categories) }));
  const rowOf = new Map(all.map((row) => [row.element, row]));
  const orders = new Map<string, readonly Row[]>();
  let filtered: { key: string; showing: ReadonlySet<Row>; counts: ReadonlyMap<string, number> } | null = null;

  const ordered = (sort: TableState['sort']): readonly Row[] => {
    const key = sort ? `${sort.key}:${sort.descending}` : '';
    let order = orders.get(key);
    if (!order) {
      if (sort) for (const row of all) row.sort ??= sortValuesOf(row);
      order = [...all].sort(
        (a, b) => (sort ? compareSortValues(a.sort!, b.sort!, sort.key, sort.descending) : 0) || a.index - b.index,
      );
      orders.set(key, order);
    }
    return order;
  };

  const view = (state: TableState): TableView => {
    const filterKey = serializeTableState({ ...state, sort: null });
    if (filtered?.key !== filterKey) {
      const { shown, counts } = applyFilters(all, (row) => row.facts, state);
      filtered = { key: filterKey, showing: new Set(shown), counts };
    }
    const { showing, counts } = filtered;
    return { shown: ordered(state.sort).filter((row) => showing.has(row)), showing, counts };
  };

  return { all, rowOf, view };
}

export type TableRows = ReturnType<typeof tableRows>;
