// Enhances the server-rendered comparison table: filters, sorting and counts, all kept in the URL
// (docs/ARCHITECTURE.md, "Query parameters"). Without this script the full table still reads and
// its links work. The parts: table-rows.ts (the rows' facts, orders and filter results),
// table-packer.ts (rows into groups, off-screen work when idle), table-url.ts (form and URL).
import { serializeTableState, type SortKey } from '../present/table-state.ts';
import { whenIdle } from './idle.ts';
import { enhanceOptionFinders } from './option-finder.ts';
import { enhanceReasonTips } from './reason-tip.ts';
import { tablePacker } from './table-packer.ts';
import { tableRows, type TableRows } from './table-rows.ts';
import { tableUrlState } from './table-url.ts';

const table = document.querySelector<HTMLTableElement>('[data-model-table]');
const form = document.querySelector<HTMLFormElement>('[data-filters]');
const status = document.querySelector<HTMLElement>('[data-table-status]');
const empty = document.querySelector<HTMLElement>('[data-table-empty]');
if (table && form && status && empty) enhance(table, form, status, empty);
if (form) enhanceOptionFinders(form);
if (table) enhanceReasonTips(table);

function enhance(table: HTMLTableElement, form: HTMLFormElement, status: HTMLElement, empty: HTMLElement): void {
  const groups = [...table.tBodies];
  const packer = tablePacker(table, groups);
  const optionValues = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((box) => box.value);
  const known = { licenses: optionValues('license'), organizations: optionValues('org') };
  const categories = new Map(
    [...form.querySelectorAll<HTMLInputElement>('input[name="license"]')].map((box) => [
      box.value,
      box.dataset.category ?? '',
    ]),
  );
  const counts = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((element) => [element.dataset.countFor!, element]),
  );
  const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];

  // The rows' facts are read when the browser is idle after load, or at the first change if that
  // comes sooner: the page ships the unfiltered table and its counts, so load needs none of it.
  let rows: TableRows | undefined;
  const readRows = () => (rows ??= tableRows(groups, categories));

  const render = () => {
    const all = readRows();
    const { state } = url;
    const { shown, showing, counts: tally } = all.view(state);
    packer.show(all, shown, showing);
    for (const header of headers) {
      const sort = state.sort;
      if (sort && sort.key === header.dataset.sortKey)
        header.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
    for (const [countKey, element] of counts) {
      const text = String(tally.get(countKey) ?? 0);
      if (element.textContent !== text) element.textContent = text;
    }
    status.textContent = `${shown.length} of ${all.all.length} models`;
    empty.hidden = shown.length > 0;
  };
  const url = tableUrlState(form, known, render);

  // Column headers become sort buttons only when the script can sort.
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.sortButton = '';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const key = header.dataset.sortKey as SortKey;
      const descending = url.state.sort?.key === key && !url.state.sort.descending;
      url.navigate({ ...url.state, sort: { key, descending } }, false);
    });
  }
  empty.querySelector('[data-reset]')?.addEventListener('click', url.reset);

  // A URL with filters or a sort needs the script's table now; without, the page is already right.
  if (serializeTableState(url.state) !== '') render();
  else whenIdle(readRows, 2000);
}
