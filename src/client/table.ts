// Enhances the server-rendered comparison table: filters, sorting and counts, all kept in the
// URL (DESIGN.md contract). Without this script the full table still reads and links work.
// The rows that show are packed into the table's <tbody> groups in display order, so every group
// stays full and the browser lays out only the groups on screen (see ROWS_PER_GROUP in
// src/lib/table-state.ts); rows that do not match wait, hidden, in one hidden group at the end.
// A change packs the groups on screen before the next frame and the rest when the browser is idle.
import { VERDICTS, WEIGHTS_ACCESS } from '../schema/vocabulary.ts';
import {
  applyFilters, compareRows, EMPTY_STATE, LIST_FILTERS, packGroups, parseTableState, ROWS_PER_GROUP, searchText, serializeTableState, SORT_KEYS,
  type ListFilter, type RowFacts, type SortKey, type SortValues, type TableState,
} from '../lib/table-state.ts';
import { enhanceReasonTips } from './reason-tip.ts';

interface Row {
  element: HTMLTableRowElement;
  /** Position in the server's order, the order when no sort is chosen. */
  index: number;
  facts: RowFacts;
  /** Read from the row on the first sort, not at load. */
  sort?: SortValues;
}

const table = document.querySelector<HTMLTableElement>('[data-model-table]');
const form = document.querySelector<HTMLFormElement>('[data-filters]');
const status = document.querySelector<HTMLElement>('[data-table-status]');
const empty = document.querySelector<HTMLElement>('[data-table-empty]');
if (table && form && status && empty) enhance(table, form, status, empty);
if (table) enhanceReasonTips(table);

/** The text of a row's cell in a column. */
function cellText(element: HTMLTableRowElement, key: SortKey): string {
  return element.cells[SORT_KEYS.indexOf(key)]?.textContent?.trim() ?? '';
}

/** A row's facts: its data attributes, the names its cells show, its license's category from the filters. */
function factsOf(element: HTMLTableRowElement, categories: ReadonlyMap<string, string>): RowFacts {
  const data = element.dataset;
  return {
    id: data.model ?? '',
    text: searchText(cellText(element, 'name'), cellText(element, 'organization'), data.summary ?? ''),
    commercial: data.commercial as RowFacts['commercial'],
    license: data.license ?? '',
    category: categories.get(data.license ?? '') as RowFacts['category'],
    org: data.org ?? '',
    weights: data.weights as RowFacts['weights'],
    sizes: data.sizes ? data.sizes.split(',').map(Number) : null,
    allows: (data.allows ?? '').split(' ').filter(Boolean) as unknown as RowFacts['allows'],
  };
}

/** Runs a task when the browser is idle, or after `timeout` ms at the latest. */
function whenIdle(task: (deadline?: IdleDeadline) => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback((deadline) => task(deadline), { timeout });
  else setTimeout(() => task(), Math.min(timeout, 100));
}

/**
 * Lets the browser render a frame before `task`. Rows moved inside groups skipped off screen ask
 * for no frame, so Chromium's link bookkeeping (its navigation predictor looks at every link put
 * into the page) would wait for the next one: the next sort's frame, at 5,000 rows 30 to 45 ms
 * late. A frame after each slice of packing settles each slice's links in idle time.
 */
function afterNextFrame(task: () => void): void {
  requestAnimationFrame(() => task());
}

/** The longest an idle task packs groups before it lets the browser respond again. */
const IDLE_SLICE_MS = 10;

function sortValuesOf(row: Row): SortValues {
  const { element, facts } = row;
  const text = (key: SortKey) => cellText(element, key);
  return {
    name: text('name'),
    organization: text('organization'),
    parameters: facts.sizes ? Math.max(...facts.sizes) : null,
    release_date: text('release_date'),
    license: text('license'),
    commercial_use: VERDICTS.indexOf(facts.commercial),
    weights: WEIGHTS_ACCESS.indexOf(facts.weights),
    openness: Number(text('openness')),
    context_length: element.dataset.context ? Number(element.dataset.context) : null,
  };
}

function enhance(table: HTMLTableElement, form: HTMLFormElement, status: HTMLElement, empty: HTMLElement): void {
  const groups = [...table.tBodies];
  // Filtered-out rows wait here, hidden, so the groups above hold only rows that show.
  const reserve = table.createTBody();
  reserve.hidden = true;
  const optionValues = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((box) => box.value);
  const known = { licenses: optionValues('license'), organizations: optionValues('org') };
  const categories = new Map([...form.querySelectorAll<HTMLInputElement>('input[name="license"]')].map((box) => [box.value, box.dataset.category ?? '']));
  const counts = new Map([...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((element) => [element.dataset.countFor!, element]));
  const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  let state: TableState = parseTableState(window.location.search, known);

  // The rows' facts are read when the browser is idle after load, or at the first change if that
  // comes sooner: the page ships the unfiltered table and its counts, so load needs none of it.
  let rows: Row[] | undefined;
  const rowOf = new Map<HTMLTableRowElement, Row>();
  const readRows = (): Row[] => {
    if (!rows) {
      rows = groups.flatMap((group) => [...group.rows]).map((element, index) => ({ element, index, facts: factsOf(element, categories) }));
      for (const row of rows) rowOf.set(row.element, row);
    }
    return rows;
  };

  // Column headers become sort buttons only when the script can sort.
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.sortButton = '';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = header.dataset.sortKey as SortKey;
      const descending = state.sort?.key === key && !state.sort.descending;
      navigate({ ...state, sort: { key, descending } }, false);
    });
  }

  // Each order is sorted once: the rows never change, so a column sorted again costs nothing.
  const orders = new Map<string, readonly Row[]>();
  // The rows the filters let through and the option counts, kept while only the sort changes.
  let filtered: { key: string; showing: ReadonlySet<Row>; counts: ReadonlyMap<string, number> } | null = null;

  /** Puts exactly these rows, in this order, into a section, touching it only if they differ. */
  function fill(section: HTMLTableSectionElement, wanted: readonly Row[]): void {
    const unchanged = section.rows.length === wanted.length && wanted.every((row, position) => section.rows[position] === row.element);
    if (!unchanged) section.replaceChildren(...wanted.map((row) => row.element));
  }

  // What the last render left for the browser's idle time: every group's rows, the hidden rows,
  // and the next group to pack.
  let pending: { wanted: Row[][]; hidden: Row[]; next: number } | null = null;

  /** Packs one group; the rows leaving it wait in the reserve until their own group is packed. */
  function pack(index: number, wanted: readonly Row[]): void {
    const group = groups[index]!;
    const keep = new Set(wanted);
    const leaving = [...group.rows].filter((element) => !keep.has(rowOf.get(element)!));
    if (leaving.length > 0) reserve.append(...leaving);
    fill(group, wanted);
  }

  /** Packs the groups left pending, a few at a time while the browser is idle. */
  function packRest(deadline?: IdleDeadline): void {
    if (!pending) return;
    const started = performance.now();
    while (pending.next < groups.length) {
      pack(pending.next, pending.wanted[pending.next]!);
      pending.next += 1;
      const spent = performance.now() - started;
      if (spent > IDLE_SLICE_MS || (deadline !== undefined && deadline.timeRemaining() < 1)) {
        afterNextFrame(() => whenIdle(packRest, 500));
        return;
      }
    }
    fill(reserve, pending.hidden);
    pending = null;
    table.removeAttribute('aria-busy');
    afterNextFrame(() => {});
  }

  /**
   * The groups to pack before the next frame: those on screen and one more on each side. When the
   * shown rows end before that, the groups that hold them, as the table gets shorter; when the
   * table is above the screen, all of them, as a shorter table may bring the screen onto it.
   * Read before the DOM changes, so it costs no layout.
   */
  function groupsToPackNow(shownCount: number): { first: number; last: number } {
    if (table.getBoundingClientRect().bottom <= 0) return { first: 0, last: groups.length - 1 };
    // The groups that show come first and are stacked in order, so the first one reaching the
    // screen is found by halving, measuring a dozen groups instead of every one.
    const hiddenFrom = groups.findIndex((group) => group.hidden);
    const showing = hiddenFrom === -1 ? groups.length : hiddenFrom;
    let low = 0;
    let high = showing;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (groups[middle]!.getBoundingClientRect().bottom > 0) high = middle;
      else low = middle + 1;
    }
    let first = -1;
    let last = -1;
    for (let index = low; index < showing && groups[index]!.getBoundingClientRect().top < window.innerHeight; index += 1) {
      if (first === -1) first = index;
      last = index;
    }
    if (shownCount < (last + 2) * ROWS_PER_GROUP) return { first: 0, last: Math.ceil(shownCount / ROWS_PER_GROUP) - 1 };
    return { first: Math.max(0, first - 1), last: last + 1 };
  }

  function render(): void {
    const all = readRows();
    const sort = state.sort;
    const orderKey = sort ? `${sort.key}:${sort.descending}` : '';
    let order = orders.get(orderKey);
    if (!order) {
      if (sort) for (const row of all) row.sort ??= sortValuesOf(row);
      order = [...all].sort((a, b) => (sort ? compareRows(a.sort!, b.sort!, sort.key, sort.descending) : 0) || a.index - b.index);
      orders.set(orderKey, order);
    }
    const filterKey = serializeTableState({ ...state, sort: null });
    if (filtered?.key !== filterKey) {
      const { shown, counts } = applyFilters(all, (row) => row.facts, state);
      filtered = { key: filterKey, showing: new Set(shown), counts };
    }
    const { showing, counts: tally } = filtered;
    const shown = order.filter((row) => showing.has(row));
    const { first, last } = groupsToPackNow(shown.length);
    for (const row of all) {
      const hide = !showing.has(row);
      if (row.element.hidden !== hide) row.element.hidden = hide;
    }
    const wanted = packGroups(shown, groups.length);
    // Empty groups hide at once, which settles the table's length without moving a row.
    wanted.forEach((rows, index) => {
      groups[index]!.hidden = rows.length === 0;
    });
    for (let index = first; index <= last; index += 1) pack(index, wanted[index]!);
    // The rest, skipped by the browser while off screen, is packed when it is idle.
    pending = { wanted, hidden: all.filter((row) => !showing.has(row)), next: 0 };
    table.setAttribute('aria-busy', 'true');
    whenIdle(packRest, 500);
    for (const header of headers) {
      const sortedHere = state.sort?.key === header.dataset.sortKey;
      if (sortedHere) header.setAttribute('aria-sort', state.sort!.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
    for (const [countKey, element] of counts) {
      const text = String(tally.get(countKey) ?? 0);
      if (element.textContent !== text) element.textContent = text;
    }
    status.textContent = `${shown.length} of ${all.length} models`;
    empty.hidden = shown.length > 0;
  }

  function writeForm(): void {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    (form.elements.namedItem('params-min') as HTMLInputElement).value = state.params.min?.toString() ?? '';
    (form.elements.namedItem('params-max') as HTMLInputElement).value = state.params.max?.toString() ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (state[box.name as ListFilter] as readonly string[]).includes(box.value);
      // A folded group with a ticked option opens, so the state is never hidden.
      const group = box.closest('details');
      if (box.checked && group) group.open = true;
    }
  }

  function readForm(): TableState {
    const data = new FormData(form);
    const range = `${data.get('params-min') ?? ''}-${data.get('params-max') ?? ''}`;
    const query = new URLSearchParams({ q: String(data.get('q') ?? ''), params: range });
    for (const filter of LIST_FILTERS) query.set(filter, data.getAll(filter).join(','));
    if (state.sort) query.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.key}`);
    return parseTableState(query.toString(), known);
  }

  // Writing the URL costs the browser several milliseconds, so it waits until the browser is idle
  // after painting the table's new frame. Changes made before then make one history entry.
  let urlWrite: { replace: boolean } | null = null;

  function writeUrl(): void {
    if (!urlWrite) return;
    const query = serializeTableState(state);
    if (query !== window.location.search) {
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (urlWrite.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    urlWrite = null;
  }

  function navigate(next: TableState, replace: boolean): void {
    state = next;
    if (!urlWrite) whenIdle(writeUrl, 250);
    urlWrite = { replace: (urlWrite?.replace ?? true) && replace };
    render();
  }

  function reset(): void {
    navigate(EMPTY_STATE, false);
    writeForm();
  }

  form.addEventListener('input', (event) => {
    // Typing replaces the current history entry instead of adding one per keystroke.
    const typing = (event.target as HTMLInputElement).name === 'q';
    navigate(readForm(), typing && state.q !== '');
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    reset();
  });
  empty.querySelector('[data-reset]')?.addEventListener('click', reset);
  window.addEventListener('popstate', () => {
    urlWrite = null;
    state = parseTableState(window.location.search, known);
    writeForm();
    render();
  });

  writeForm();
  // A URL with filters or a sort needs the script's table now; without, the page is already right.
  if (serializeTableState(state) !== '') render();
  else whenIdle(readRows, 2000);
}
