// Puts the rows that show into the table's <tbody> groups in display order, so every group stays
// full and the browser lays out only the groups on screen (see ROWS_PER_GROUP in
// src/present/table-state.ts); rows that do not match wait, hidden, in one hidden group at the
// end. The groups on screen are packed before the next frame, the rest when the browser is idle.
import { packGroups, ROWS_PER_GROUP } from '../present/table-state.ts';
import { afterNextFrame, whenIdle } from './idle.ts';
import type { Row, TableRows } from './table-rows.ts';

/** The longest an idle task packs groups before it lets the browser respond again. */
const IDLE_SLICE_MS = 10;

/** Puts exactly these rows, in this order, into a section, touching it only if they differ. */
function fill(section: HTMLTableSectionElement, wanted: readonly Row[]): void {
  const unchanged =
    section.rows.length === wanted.length && wanted.every((row, position) => section.rows[position] === row.element);
  if (!unchanged) section.replaceChildren(...wanted.map((row) => row.element));
}

/**
 * The groups to pack before the next frame: those on screen and one more on each side. When the
 * shown rows end before that, the groups that hold them, as the table gets shorter; when the
 * table is above the screen, all of them, as a shorter table may bring the screen onto it.
 * Read before the DOM changes, so it costs no layout.
 */
function groupsToPackNow(
  table: HTMLTableElement,
  groups: readonly HTMLTableSectionElement[],
  shownCount: number,
): { first: number; last: number } {
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
  for (
    let index = low;
    index < showing && groups[index]!.getBoundingClientRect().top < window.innerHeight;
    index += 1
  ) {
    if (first === -1) first = index;
    last = index;
  }
  if (shownCount < (last + 2) * ROWS_PER_GROUP) return { first: 0, last: Math.ceil(shownCount / ROWS_PER_GROUP) - 1 };
  return { first: Math.max(0, first - 1), last: last + 1 };
}

/** Shows a table's rows, packed into its groups; `show` can be called again before packing ends. */
export function tablePacker(table: HTMLTableElement, groups: readonly HTMLTableSectionElement[]) {
  // Filtered-out rows wait here, hidden, so the groups above hold only rows that show.
  const reserve = table.createTBody();
  reserve.hidden = true;
  // What the last `show` left for the browser's idle time: every group's rows, the hidden rows,
  // and the next group to pack.
  let pending: { wanted: Row[][]; hidden: Row[]; next: number } | null = null;
  let rowOf: TableRows['rowOf'] = new Map();

  /** Packs one group; the rows leaving it wait in the reserve until their own group is packed. */
  const pack = (index: number, wanted: readonly Row[]) => {
    const group = groups[index]!;
    const keep = new Set(wanted);
    const leaving = [...group.rows].filter((element) => !keep.has(rowOf.get(element)!));
    if (leaving.length > 0) reserve.append(...leaving);
    fill(group, wanted);
  };

  /** Packs the groups left pending, a few at a time while the browser is idle. */
  const packRest = (deadline?: IdleDeadline) => {
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
  };

  const show = (rows: TableRows, shown: Row[], showing: ReadonlySet<Row>) => {
    rowOf = rows.rowOf;
    const { first, last } = groupsToPackNow(table, groups, shown.length);
    for (const row of rows.all) {
      const hide = !showing.has(row);
      if (row.element.hidden !== hide) row.element.hidden = hide;
    }
    const wanted = packGroups(shown, groups.length);
    // Empty groups hide at once, which settles the table's length without moving a row.
    wanted.forEach((groupRows, index) => {
      groups[index]!.hidden = groupRows.length === 0;
    });
    for (let index = first; index <= last; index += 1) pack(index, wanted[index]!);
    // The rest, skipped by the browser while off screen, is packed when it is idle.
    pending = { wanted, hidden: rows.all.filter((row) => !showing.has(row)), next: 0 };
    table.setAttribute('aria-busy', 'true');
    whenIdle(packRest, 500);
  };

  return { show };
}
