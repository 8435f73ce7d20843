// The compare view: reads ?models=a,b[,c,d], fetches the public API once, and renders the models
// side by side. Unknown ids are reported and skipped. All text goes in through textContent.
import type { ApiModel } from '../publish/api.ts';
import { comparisonRows, MAX_COMPARED, selectModels, type CompareCell } from '../present/compare.ts';
import { modelHref } from '../site/urls.ts';
import { el } from './dom.ts';

const root = document.querySelector<HTMLElement>('[data-compare]');
const form = root?.querySelector<HTMLFormElement>('[data-compare-form]');
const message = root?.querySelector<HTMLElement>('[data-compare-message]');
const output = root?.querySelector<HTMLElement>('[data-compare-output]');

if (root && form && message && output) {
  fetch(root.dataset.api ?? '')
    .then((response) => response.json() as Promise<{ models: ApiModel[] }>)
    .then(({ models }) => start(new Map(models.map((model) => [model.id, model])), form, message, output))
    .catch(() => {
      message.textContent = 'The model data could not be loaded. Reload the page to try again.';
    });
}

/** A cell's value: a verdict as its coloured label, a page as a link, anything else as text. */
function cellContent(cell: CompareCell): HTMLElement | string {
  if (cell.verdict) {
    const chip = el('span', cell.text, 'verdict');
    chip.dataset.verdict = cell.verdict;
    return chip;
  }
  if (cell.href) {
    const link = el('a', cell.text);
    link.href = cell.href;
    return link;
  }
  return cell.text;
}

function start(models: Map<string, ApiModel>, form: HTMLFormElement, message: HTMLElement, output: HTMLElement): void {
  const select = form.elements.namedItem('add') as HTMLSelectElement;
  // `models=a,b` from a link, or `models=a&models=b` from the boxes ticked in the table.
  const current = () =>
    selectModels(new URLSearchParams(window.location.search).getAll('models').join(','), new Set(models.keys()));

  const go = (ids: string[]) => {
    const query = ids.length > 0 ? `?models=${ids.join(',')}` : '';
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    render();
  };

  function render(): void {
    const { ids, unknown, dropped } = current();
    const notes: string[] = [];
    if (unknown.length > 0)
      notes.push(`No model with the id ${unknown.map((id) => `“${id}”`).join(', ')}; it is left out.`);
    if (dropped.length > 0)
      notes.push(`At most ${MAX_COMPARED} models fit side by side; ${dropped.join(', ')} left out.`);
    if (ids.length < 2) notes.push(`Add ${ids.length === 0 ? 'two models' : 'one more model'} to compare.`);
    message.textContent = notes.join(' ');
    for (const option of select.options)
      option.disabled = option.value !== '' && (ids.includes(option.value) || ids.length >= MAX_COMPARED);

    const chosen = ids.map((id) => models.get(id)!);
    output.replaceChildren();
    if (chosen.length === 0) return;
    // The table scrolls sideways in its own box, with the row labels pinned, never the page.
    const scroller = el('div', undefined, 'table-scroll');
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', 'The comparison (scrolls sideways on a narrow screen)');
    const table = el('table', undefined, 'compare-table');
    table.append(el('caption', `Comparison of ${chosen.map((model) => model.name).join(', ')}`, 'sr-only'));
    const head = el('tr');
    head.append(el('td'));
    for (const model of chosen) {
      const th = el('th');
      th.scope = 'col';
      const link = el('a', model.name);
      link.href = modelHref(model.id);
      const remove = el('button', 'Remove', 'filters-button ml-2 text-sm');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove ${model.name}`);
      remove.addEventListener('click', () => go(ids.filter((id) => id !== model.id)));
      th.append(link, remove);
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const row of comparisonRows(chosen, models)) {
      const tr = el('tr');
      if (row.differs && chosen.length > 1) tr.dataset.differs = '';
      const th = el('th', row.label);
      th.scope = 'row';
      tr.append(th);
      for (const cell of row.cells) {
        const td = el('td');
        td.append(cellContent(cell));
        if (cell.title) td.title = cell.title;
        tr.append(td);
      }
      table.tBodies[0]!.append(tr);
    }
    scroller.append(table);
    output.append(scroller);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) go([...current().ids, select.value]);
    select.value = '';
  });
  window.addEventListener('popstate', render);
  render();
}
