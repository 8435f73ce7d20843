// "Can I use it?": sorts groups of models under the same terms into those whose terms allow every
// ticked use and those that block one, showing only the blocking clauses for the ticked uses.
// State: `allows` in the URL, the same parameter as the table's.
import { parseTableState, serializeTableState, EMPTY_STATE } from '../present/table-state.ts';
import type { Use } from '../schema/vocabulary.ts';
import { USE_LABELS } from '../present/labels.ts';

const form = document.querySelector<HTMLFormElement>('[data-use-form]');
const allowedList = document.querySelector<HTMLElement>('[data-allowed-list]');
const blockedList = document.querySelector<HTMLElement>('[data-blocked-list]');
const allowedHeading = document.querySelector<HTMLElement>('[data-allowed-heading]');
const blockedHeading = document.querySelector<HTMLElement>('[data-blocked-heading]');
const status = document.querySelector<HTMLElement>('[data-use-status]');
const tableLink = document.querySelector<HTMLAnchorElement>('[data-table-link]');
const results = document.querySelector<HTMLElement>('[data-use-results]');

if (form && allowedList && blockedList && allowedHeading && blockedHeading && status && tableLink && results) {
  const groups = [...allowedList.querySelectorAll<HTMLLIElement>(':scope > li')];
  const modelCount = new Map(groups.map((group) => [group, group.querySelectorAll('[data-model]').length]));
  const count = (list: readonly HTMLLIElement[]) => list.reduce((sum, group) => sum + (modelCount.get(group) ?? 0), 0);
  const total = count(groups);
  const tableHref = tableLink.href.split('?')[0];
  const known = { licenses: [], organizations: [] };
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=allows]')];

  // Lists are rewritten only when their models change, and in the page's order.
  const fill = (list: HTMLElement, wanted: HTMLLIElement[]) => {
    const current = list.children;
    if (current.length !== wanted.length || wanted.some((item, index) => current[index] !== item))
      list.replaceChildren(...wanted);
  };

  const render = (wanted: readonly Use[]) => {
    for (const box of boxes) box.checked = wanted.includes(box.value as Use);
    // The stylesheet shows each group's blocking reasons for the uses named here.
    results.dataset.need = wanted.join(' ');
    const allowed = groups.filter((group) => {
      const allows = (group.dataset.allows ?? '').split(' ');
      return wanted.every((use) => allows.includes(use));
    });
    const allowedSet = new Set(allowed);
    const blocked = groups.filter((group) => !allowedSet.has(group));
    fill(allowedList, allowed);
    fill(blockedList, blocked);
    const allowedCount = count(allowed);
    const query = serializeTableState({ ...EMPTY_STATE, allows: [...wanted] });
    const labels = wanted.map((use) => USE_LABELS[use].label.toLowerCase()).join(', ');
    allowedHeading.textContent = wanted.length === 0 ? 'Models' : `Models whose terms allow ${labels}`;
    blockedHeading.hidden = wanted.length === 0 || allowedCount === total;
    // use.astro starts with the first of these texts, so writing it at load moves nothing.
    status.textContent =
      wanted.length === 0 ? 'Tick the uses you need.' : `${allowedCount} of ${total} models allow ${labels}.`;
    tableLink.href = `${tableHref}${query}`;
  };

  const fromUrl = () => parseTableState(window.location.search, known).allows;
  form.addEventListener('change', () => {
    const wanted = boxes.filter((box) => box.checked).map((box) => box.value as Use);
    const query = serializeTableState({ ...EMPTY_STATE, allows: wanted });
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    render(parseTableState(query, known).allows);
  });
  window.addEventListener('popstate', () => render(fromUrl()));
  render(fromUrl());
}
