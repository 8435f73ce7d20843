// "Can I use it?": sorts groups of models under the same terms into those whose terms allow every
// ticked use and those that block one, showing only the blocking clauses for the ticked uses.
// With a user's numbers (users, revenue, region), each cap or excluded region is weighed: one that
// does not bind them is set aside, and the group's verdict is weighed again without it.
// State: `allows` in the URL (the table's parameter), and `users`, `revenue`, `region`.
import { USE_NAMES, type Use, type Verdict } from '../schema/vocabulary.ts';
import { evaluate, parseNumbers, serializeNumbers, type Condition, type UserNumbers } from '../present/conditions.ts';
import { USE_LABELS, VERDICT_LABELS } from '../present/labels.ts';
import { EMPTY_STATE, parseTableState, serializeTableState } from '../present/table-state.ts';
import { formatNumber, formatUsd, regionName } from '../present/format.ts';

interface Reason {
  element: HTMLElement;
  uses: Use[];
  condition?: Condition;
}

interface Group {
  element: HTMLLIElement;
  members: number;
  reasons: Reason[];
  verdictReasons: { effect: Exclude<Verdict, 'yes'>; condition?: Condition }[];
  verdict: HTMLElement | null;
}

const form = document.querySelector<HTMLFormElement>('[data-use-form]');
const allowedList = document.querySelector<HTMLElement>('[data-allowed-list]');
const blockedList = document.querySelector<HTMLElement>('[data-blocked-list]');
const allowedHeading = document.querySelector<HTMLElement>('[data-allowed-heading]');
const blockedHeading = document.querySelector<HTMLElement>('[data-blocked-heading]');
const status = document.querySelector<HTMLElement>('[data-use-status]');
const tableLink = document.querySelector<HTMLAnchorElement>('[data-table-link]');
const results = document.querySelector<HTMLElement>('[data-use-results]');

function readGroup(element: HTMLLIElement): Group {
  const reasons = [...element.querySelectorAll<HTMLElement>('[data-blocks]')].map((reason) => ({
    element: reason,
    uses: (reason.dataset.blocks ?? '').split(' ').filter(Boolean) as Use[],
    condition: reason.dataset.condition ? (JSON.parse(reason.dataset.condition) as Condition) : undefined,
  }));
  return {
    element,
    members: element.querySelectorAll('[data-model]').length,
    reasons,
    verdictReasons: JSON.parse(element.dataset.verdictReasons ?? '[]') as Group['verdictReasons'],
    verdict: element.querySelector<HTMLElement>('[data-group-verdict] .verdict'),
  };
}

/**
 * A group for a user's numbers: each reason set aside when its condition is lifted, one that binds
 * in the user's region blocking every use, and the verdict weighed from the reasons that remain.
 */
function weigh(group: Group, numbers: UserNumbers): { blocked: Set<Use>; verdict: Verdict } {
  const blocked = new Set<Use>();
  let excluded = false;
  for (const reason of group.reasons) {
    const result = reason.condition ? evaluate(reason.condition, numbers) : 'unknown';
    reason.element.toggleAttribute('data-lifted', result === 'lifted');
    // A license that grants nothing where the user is blocks everything they might do.
    const everywhere = result === 'applies' && reason.condition?.kind === 'region';
    if (everywhere) excluded = true;
    reason.element.dataset.blocks = (everywhere ? [...USE_NAMES] : reason.uses).join(' ');
    if (result !== 'lifted') for (const use of everywhere ? USE_NAMES : reason.uses) blocked.add(use);
  }
  const remaining = group.verdictReasons.filter(
    (reason) => !reason.condition || evaluate(reason.condition, numbers) !== 'lifted',
  );
  const verdict: Verdict =
    excluded || remaining.some((reason) => reason.effect === 'no')
      ? 'no'
      : remaining.length > 0
        ? 'conditional'
        : 'yes';
  return { blocked, verdict };
}

/** The numbers in words, for the status line. */
function describeNumbers(numbers: UserNumbers): string {
  const parts = [
    numbers.users === undefined ? '' : `${formatNumber(numbers.users)} monthly active users`,
    numbers.revenue === undefined ? '' : `${formatUsd(numbers.revenue)} of revenue a year`,
    numbers.region === undefined
      ? ''
      : `based in ${numbers.region === 'eu' ? 'the European Union' : regionName(numbers.region)}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` Weighed for your numbers: ${parts.join(', ')}.` : '';
}

/** Each group under "allowed" or "blocked" for the uses wanted, its verdict re-weighed for the numbers. */
function sortGroups(groups: readonly Group[], wanted: readonly Use[], numbers: UserNumbers) {
  const allowed: Group[] = [];
  const blocked: Group[] = [];
  for (const group of groups) {
    const weighed = weigh(group, numbers);
    if (group.verdict && group.verdict.dataset.verdict !== weighed.verdict) {
      group.verdict.dataset.verdict = weighed.verdict;
      group.verdict.textContent = VERDICT_LABELS[weighed.verdict];
    }
    (wanted.every((use) => !weighed.blocked.has(use)) ? allowed : blocked).push(group);
  }
  return { allowed, blocked };
}

const useList = (uses: readonly Use[]) => uses.map((use) => USE_LABELS[use].label.toLowerCase()).join(', ');

/** The live status line; use.astro starts with its first text, so writing it at load moves nothing. */
function statusText(wanted: readonly Use[], counted: string, numbers: UserNumbers, ignored: readonly string[]): string {
  const uses =
    wanted.length === 0 ? 'Tick the uses you need.' : `${counted} models and variants allow ${useList(wanted)}.`;
  const note = ignored.length > 0 ? ` Ignored, not understood: ${ignored.join(', ')}.` : '';
  return uses + describeNumbers(numbers) + note;
}

function start(elements: {
  form: HTMLFormElement;
  allowedList: HTMLElement;
  blockedList: HTMLElement;
  allowedHeading: HTMLElement;
  blockedHeading: HTMLElement;
  status: HTMLElement;
  tableLink: HTMLAnchorElement;
  results: HTMLElement;
}): void {
  const { form, allowedList, blockedList, allowedHeading, blockedHeading, status, tableLink, results } = elements;
  const groups = [...allowedList.querySelectorAll<HTMLLIElement>(':scope > li')].map(readGroup);
  const total = groups.reduce((sum, group) => sum + group.members, 0);
  const tableHref = tableLink.href.split('?')[0];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=allows]')];
  const fields = {
    users: form.elements.namedItem('users') as HTMLInputElement,
    revenue: form.elements.namedItem('revenue') as HTMLInputElement,
    region: form.elements.namedItem('region') as HTMLSelectElement,
  };
  const regions = new Set([...fields.region.options].map((option) => option.value).filter(Boolean));

  // Lists are rewritten only when their members change, and in the page's order.
  const fill = (list: HTMLElement, wanted: HTMLLIElement[]) => {
    const current = list.children;
    if (current.length !== wanted.length || wanted.some((item, index) => current[index] !== item))
      list.replaceChildren(...wanted);
  };

  const render = (search: string) => {
    const wanted = parseTableState(search, { licenses: [], organizations: [] }).allows;
    const { numbers, ignored } = parseNumbers(search, regions);
    for (const box of boxes) box.checked = wanted.includes(box.value as Use);
    fields.users.value = numbers.users?.toString() ?? '';
    fields.revenue.value = numbers.revenue?.toString() ?? '';
    fields.region.value = numbers.region ?? '';
    // The stylesheet shows each group's blocking reasons for the uses named here.
    results.dataset.need = wanted.join(' ');
    const { allowed, blocked } = sortGroups(groups, wanted, numbers);
    fill(
      allowedList,
      allowed.map((group) => group.element),
    );
    fill(
      blockedList,
      blocked.map((group) => group.element),
    );
    const allowedCount = allowed.reduce((sum, group) => sum + group.members, 0);
    allowedHeading.textContent = wanted.length === 0 ? 'Models' : `Models whose terms allow ${useList(wanted)}`;
    blockedHeading.hidden = wanted.length === 0 || allowedCount === total;
    status.textContent = statusText(wanted, `${allowedCount} of ${total}`, numbers, ignored);
    tableLink.href = `${tableHref}${serializeTableState({ ...EMPTY_STATE, allows: [...wanted] })}`;
  };

  /** The query string the form states. */
  const formSearch = () => {
    const wanted = boxes.filter((box) => box.checked).map((box) => box.value as Use);
    const allows = serializeTableState({ ...EMPTY_STATE, allows: wanted }).replace(/^\?/, '');
    const numbers = parseNumbers(
      new URLSearchParams({
        users: fields.users.value,
        revenue: fields.revenue.value,
        region: fields.region.value,
      }).toString(),
      regions,
    ).numbers;
    const parts = [allows, ...serializeNumbers(numbers)].filter(Boolean);
    return parts.length > 0 ? `?${parts.join('&')}` : '';
  };

  form.addEventListener('change', () => {
    const search = formSearch();
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    render(search);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => render(window.location.search));
  render(window.location.search);
}

if (form && allowedList && blockedList && allowedHeading && blockedHeading && status && tableLink && results) {
  start({ form, allowedList, blockedList, allowedHeading, blockedHeading, status, tableLink, results });
}
