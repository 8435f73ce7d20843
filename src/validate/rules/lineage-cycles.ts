// A chain of base models, or of datasets copied from datasets, that returns to where it started has
// no root: no terms can be derived from it.
import type { EntryFile, Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

/** Each model's base_model id as written, whatever else the entry holds. */
function basesOf(entries: readonly EntryFile[]): Map<string, string> {
  const bases = new Map<string, string>();
  for (const entry of entries.filter((e) => e.collection === 'models')) {
    // A base named down to a variant (<model>/<variant>) descends from the model.
    const base = fieldsOf(entry.data)?.base_model;
    if (typeof base === 'string') bases.set(entry.id, base.split('/')[0]!);
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

/** Each dataset's derived_from ids as written. */
function parentsOf(entries: readonly EntryFile[]): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.collection === 'datasets')) {
    const list = fieldsOf(entry.data)?.derived_from;
    parents.set(entry.id, Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
  }
  return parents;
}

/** The datasets from which following derived_from leads back to themselves. */
export function datasetsInCycles(parents: ReadonlyMap<string, readonly string[]>): string[] {
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    (parents.get(from) ?? []).some(
      (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
    );
  return [...parents.keys()].filter((id) => reaches(id, id));
}

export const lineageCycles: CatalogRule = {
  name: 'lineage-cycles',
  checks:
    'Following base_model from any model, or derived_from from any dataset, ends at an entry with none, never back where it started.',
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
    const datasets = new Map(entries.filter((e) => e.collection === 'datasets').map((entry) => [entry.id, entry]));
    for (const id of datasetsInCycles(parentsOf(entries))) {
      const hint = 'a dataset cannot be copied from itself; fix derived_from in one of the datasets it names';
      problems.push(problemAt(datasets.get(id)!, ['derived_from'], 'derived_from leads back to this dataset', hint));
    }
    return problems;
  },
};
