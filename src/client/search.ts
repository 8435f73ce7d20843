// The search page: a small UI over Pagefind's JS API. It searches on every keystroke (no wait),
// shows each result's verdict chip, organization and license from the index's facts
// (src/present/search.ts), keeps the query and filters in the URL, and loads results ten at a
// time. Pagefind's files exist only in the built site, so its module is imported by URL.
import { SEARCH_FILTERS, type SearchFilter, type SearchMeta } from '../present/search.ts';
import { VERDICT_LABELS } from '../present/labels.ts';
import { VERDICTS } from '../schema/vocabulary.ts';
import { el } from './dom.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<SearchMeta> & { title?: string };
}

interface SearchResponse {
  results: { data(): Promise<ResultData> }[];
  filters: FilterCounts;
}

interface Pagefind {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: Record<string, string[]> }): Promise<SearchResponse>;
}

const PAGE_SIZE = 10;
const PARAMETERS = Object.keys(SEARCH_FILTERS) as SearchFilter[];
const verdictOrder = Object.values(VERDICT_LABELS);

/** A filter's values in reading order: verdicts as the site orders them, the rest alphabetically. */
function orderedValues(name: string, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  return name === SEARCH_FILTERS.commercial
    ? verdictOrder.filter((value) => values.includes(value))
    : values.sort((a, b) => a.localeCompare(b));
}

function fillSelect(select: HTMLSelectElement, values: string[], chosen: string | null): void {
  for (const value of values) select.add(new Option(value, value));
  // A value the index does not hold (an old link, a typo) is ignored: the select stays at "Any".
  if (chosen && values.includes(chosen)) select.value = chosen;
}

/** Each option's label with how many results it would leave, for the query as it stands. */
function showCounts(select: HTMLSelectElement, counts: Record<string, number> | undefined): void {
  for (const option of select.options) {
    if (option.value) option.textContent = `${option.value} (${counts?.[option.value] ?? 0})`;
  }
}

/** The filters' selects, keyed by URL parameter, with every value the index holds; the URL's choices made. */
function filterSelects(form: HTMLFormElement, allFilters: FilterCounts, params: URLSearchParams) {
  return new Map(
    PARAMETERS.map((parameter) => {
      const select = form.elements.namedItem(parameter) as HTMLSelectElement;
      const name = SEARCH_FILTERS[parameter];
      fillSelect(select, orderedValues(name, allFilters[name] ?? {}), params.get(parameter));
      return [parameter, select] as const;
    }),
  );
}

function statusText(count: number, query: string): string {
  const what = query ? ` for “${query}”` : '';
  return count === 0
    ? `No results${what}. Try fewer words, or browse the table.`
    : `${count} result${count === 1 ? '' : 's'}${what}`;
}

/** Pagefind's excerpt is escaped text with <mark> around matches: keep only the text and the marks. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    return el('mark', node.textContent ?? '');
  });
}

/** One result: what kind of page, its name, its verdict chip and license (models), the excerpt. */
function resultItem({ url, excerpt, meta }: ResultData): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const kind = [meta.kind, meta.organization].filter(Boolean).join(' · ');
  if (kind) item.append(el('p', kind, 'search-kind'));
  const heading = el('h2', undefined, 'search-title');
  const link = el('a', meta.title ?? url);
  link.href = url;
  heading.append(link);
  item.append(heading);
  const facts = el('p', undefined, 'search-facts');
  if (meta.verdict && (VERDICTS as readonly string[]).includes(meta.verdict)) {
    const chip = el('span', meta.verdict_label ?? VERDICT_LABELS[meta.verdict], 'verdict');
    chip.dataset.verdict = meta.verdict;
    facts.append(`${SEARCH_FILTERS.commercial}: `, chip);
  }
  if (meta.license) facts.append(facts.childNodes.length ? ' · ' : '', `License: ${meta.license}`);
  if (facts.childNodes.length) item.append(facts);
  const text = el('p', undefined, 'search-excerpt');
  text.append(...excerptNodes(excerpt));
  item.append(text);
  return item;
}

async function start(form: HTMLFormElement): Promise<void> {
  const { bundlePath, base } = form.dataset;
  if (!bundlePath || !base) return;
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  // The index's entry and every filter load now, so the first query waits only for its words.
  const [, allFilters] = await Promise.all([pagefind.init(), pagefind.filters()]);

  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const selects = filterSelects(form, allFilters, params);
  document.querySelector('[data-search-fallback]')?.remove();
  form.hidden = false;
  performance.mark('search-ready');

  let latest = 0;
  let pending: SearchResponse['results'] = [];

  /** Renders the next ten results, each as soon as its data arrives; a new query replaces the list. */
  async function showNext(run: number, query?: string): Promise<void> {
    const loads = pending.slice(0, PAGE_SIZE).map((result) => result.data());
    pending = pending.slice(PAGE_SIZE);
    let fresh = query !== undefined;
    const replace = () => {
      if (!fresh) return;
      fresh = false;
      list.replaceChildren();
      list.dataset.query = query;
    };
    for (const load of loads) {
      const item = resultItem(await load);
      if (run !== latest) return;
      replace();
      list.append(item);
    }
    replace();
    more.hidden = pending.length === 0;
  }

  function syncUrl(query: string): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [parameter, select] of selects) if (select.value) next.set(parameter, select.value);
    const search = next.toString();
    window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
  }

  async function run(): Promise<void> {
    const mine = ++latest;
    const query = input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const [parameter, select] of selects) if (select.value) filters[SEARCH_FILTERS[parameter]] = [select.value];
    syncUrl(query);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      delete list.dataset.query;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const response = await pagefind.search(query || null, { filters });
    if (mine !== latest) return;
    for (const [parameter, select] of selects) showCounts(select, response.filters[SEARCH_FILTERS[parameter]]);
    pending = response.results;
    const count = pending.length;
    await showNext(mine, query);
    if (mine !== latest) return;
    status.textContent = statusText(count, query);
  }

  const search = () => {
    run().catch((error: unknown) => console.error('Search failed:', error));
  };
  input.addEventListener('input', search);
  for (const select of selects.values()) select.addEventListener('change', search);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  more.addEventListener('click', () => {
    showNext(latest).catch((error: unknown) => console.error('Search failed:', error));
  });
  search();
}

const form = document.querySelector<HTMLFormElement>('form#search');
if (form) start(form).catch((error: unknown) => console.error('Search could not start:', error));
