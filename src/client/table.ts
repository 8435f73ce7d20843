// Enhances the server-rendered comparison table: filters, sorting and counts, all kept in the
// URL (DESIGN.md contract). Without this script the full table still reads and links work.
import {
  compareRows, EMPTY_STATE, failedFilters, LIST_FILTERS, parseTableState, serializeTableState,
  type ListFilter, type RowFacts, type SortKey, type SortValues, type TableState,
} from '../lib/table-state.ts';

interface Row {
  element: HTMLTableRowElement;
  /** Position in the server's order, the order when no sort is chosen. */
  index: number;
  facts: RowFacts;
  sort: SortValues;
}

const table = document.querySelector<HTMLTableElement>('[data-model-table]');
const form = document.querySelector<HTMLFormElement>('[data-filters]');
const status = document.querySelector<HTMLElement>('[data-table-status]');
const empty = document.querySelector<HTMLElement>('[data-table-empty]');
if (table && form && status && empty && table.tBodies[0]) enhance(table, table.tBodies[0], form, status, empty);

function factsOf(element: HTMLTableRowElement): RowFacts {
  const data = element.dataset;
  return {
    id: data.model ?? '',
    text: data.text ?? '',
    commercial: data.commercial as RowFacts['commercial'],
    license: data.license ?? '',
    category: data.category as RowFacts['category'],
    org: data.org ?? '',
    weights: data.weights as RowFacts['weights'],
    sizes: data.sizes ? data.sizes.split(',').map(Number) : null,
    allows: (data.allows ?? '').split(' ').filter(Boolean) as unknown as RowFacts['allows'],
  };
}

function enhance(table: HTMLTableElement, tbody: HTMLTableSectionElement, form: HTMLFormElement, status: HTMLElement, empty: HTMLElement): void {
  const rows: Row[] = [...tbody.rows].map((element, index) => ({
    element, index, facts: factsOf(element), sort: JSON.parse(element.dataset.sort ?? '{}') as SortValues,
  }));
  const known = {
    licenses: [...new Set(rows.map((row) => row.facts.license))],
    organizations: [...new Set(rows.map((row) => row.facts.org))],
  };
  const counts = new Map([...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((element) => [element.dataset.countFor!, element]));
  const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  let state: TableState = parseTableState(window.location.search, known);
  let order = rows;

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

  let orderKey = '';

  function render(): void {
    let shown = 0;
    const tally = new Map<string, number>();
    const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    for (const row of rows) {
      const failed = failedFilters(row.facts, state);
      const show = failed.length === 0;
      if (row.element.hidden === show) row.element.hidden = !show;
      if (show) shown += 1;
      // Each option counts the models that would show if it were ticked, given the other filters.
      for (const filter of LIST_FILTERS) {
        if (!failed.every((other) => other === filter)) continue;
        if (filter === 'allows') {
          if (failed.length === 0) for (const use of row.facts.allows) add(`allows=${use}`);
        } else {
          add(`${filter}=${row.facts[filter]}`);
        }
      }
    }
    const key = state.sort ? `${state.sort.key}:${state.sort.descending}` : '';
    if (key !== orderKey) {
      orderKey = key;
      const sorted = [...rows].sort((a, b) => (state.sort ? compareRows(a.sort, b.sort, state.sort.key, state.sort.descending) : 0) || a.index - b.index);
      if (sorted.some((row, position) => row !== order[position])) {
        tbody.append(...sorted.map((row) => row.element));
        order = sorted;
      }
    }
    for (const header of headers) {
      const sortedHere = state.sort?.key === header.dataset.sortKey;
      if (sortedHere) header.setAttribute('aria-sort', state.sort!.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
    for (const [countKey, element] of counts) {
      const text = String(tally.get(countKey) ?? 0);
      if (element.textContent !== text) element.textContent = text;
    }
    status.textContent = `${shown} of ${rows.length} models`;
    empty.hidden = shown > 0;
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

  function navigate(next: TableState, replace: boolean): void {
    state = next;
    const query = serializeTableState(state);
    if (query !== window.location.search) {
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
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
    state = parseTableState(window.location.search, known);
    writeForm();
    render();
  });

  // On a phone the filter groups start folded, so the table is not a screen away.
  if (window.matchMedia('(max-width: 63.99rem)').matches) {
    for (const group of form.querySelectorAll('details')) group.open = false;
  }
  writeForm();
  render();
}
