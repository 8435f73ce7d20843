// The table's filters as a state kept in the filter form and in the URL (docs/ARCHITECTURE.md,
// "Query parameters"), both ways: a change in the form becomes the URL when the browser is idle,
// back and forward bring the form back.
import {
  EMPTY_STATE,
  LIST_FILTERS,
  parseTableState,
  serializeTableState,
  type KnownIds,
  type ListFilter,
  type TableState,
} from '../present/table-state.ts';
import { whenIdle } from './idle.ts';

export function tableUrlState(form: HTMLFormElement, known: KnownIds, render: () => void) {
  let state: TableState = parseTableState(window.location.search, known);

  const writeForm = () => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    (form.elements.namedItem('params-min') as HTMLInputElement).value = state.params.min?.toString() ?? '';
    (form.elements.namedItem('params-max') as HTMLInputElement).value = state.params.max?.toString() ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (state[box.name as ListFilter] as readonly string[]).includes(box.value);
      // A folded group with a ticked option opens, so the state is never hidden.
      const group = box.closest('details');
      if (box.checked && group) group.open = true;
    }
  };

  const readForm = (): TableState => {
    const data = new FormData(form);
    const range = `${data.get('params-min') ?? ''}-${data.get('params-max') ?? ''}`;
    const query = new URLSearchParams({ q: String(data.get('q') ?? ''), params: range });
    for (const filter of LIST_FILTERS) query.set(filter, data.getAll(filter).join(','));
    if (state.sort) query.set('sort', `${state.sort.descending ? '-' : ''}${state.sort.key}`);
    return parseTableState(query.toString(), known);
  };

  // Writing the URL costs the browser several milliseconds, so it waits until the browser is idle
  // after painting the table's new frame. Changes made before then make one history entry.
  let urlWrite: { replace: boolean } | null = null;

  const writeUrl = () => {
    if (!urlWrite) return;
    const query = serializeTableState(state);
    if (query !== window.location.search) {
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      if (urlWrite.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    urlWrite = null;
  };

  const navigate = (next: TableState, replace: boolean) => {
    state = next;
    if (!urlWrite) whenIdle(writeUrl, 250);
    urlWrite = { replace: (urlWrite?.replace ?? true) && replace };
    render();
  };

  const reset = () => {
    navigate(EMPTY_STATE, false);
    writeForm();
  };

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
  window.addEventListener('popstate', () => {
    urlWrite = null;
    state = parseTableState(window.location.search, known);
    writeForm();
    render();
  });
  writeForm();

  return {
    get state(): TableState {
      return state;
    },
    navigate,
    reset,
  };
}
