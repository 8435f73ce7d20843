// A chain of base models that returns to where it started has no root: no verdict can be derived.
import type { EntryFile, Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

/** Each model's base_model id as written, whatever else the entry holds. */
function basesOf(entries: readonly EntryFile[]): Map<string, string> {
  const bases = new Map<string, string>();
  for (const entry of entries.filter((e) => e.collection === 'models')) {
    const base = fieldsOf(entry.data)?.base_model;
    if (typeof base === 'string') bases.set(entry.id, base);
  }
  return bases;
}

/** The base_model chains that return to where they started, each reported once. */
export function baseModelCycles(bases: ReadonlyMap<string, string>): string[][] {
  const cycles: string[][] = [];
  const reported = new Set<string>();
  for (const start of bases.keys()) {
    const path = [start];
    let next = bases.get(start);
    while (next !== undefined && !path.includes(next)) {
      path.push(next);
      next = bases.get(next);
    }
    if (next === undefined) continue;
    const cycle = path.slice(path.indexOf(next));
    const key = [...cycle].sort().join(',');
    // A model named as its own base is the references rule's to report.
    if (cycle.length > 1 && !reported.has(key)) {
      reported.add(key);
      cycles.push(cycle);
    }
  }
  return cycles;
}

export const lineageCycles: CatalogRule = {
  name: 'lineage-cycles',
  checks: 'Following base_model from any model ends at a model with no base, never back where it started.',
  scope: 'catalog',
  check({ entries }) {
    const byId = new Map(entries.filter((e) => e.collection === 'models').map((entry) => [entry.id, entry]));
    const problems: Problem[] = [];
    for (const cycle of baseModelCycles(basesOf(entries))) {
      const first = byId.get(cycle[0]!)!;
      const shown = [...cycle, cycle[0]].join(' → ');
      problems.push(
        problemAt(
          first,
          ['base_model'],
          `base_model forms a cycle: ${shown}`,
          'a model cannot descend from itself; fix base_model in one of these entries',
        ),
      );
    }
    return problems;
  },
};
