import type { Catalog } from './catalog.ts';

/** Base models from the nearest up, stopping at a cycle or a missing entry. */
export function ancestors(catalog: Catalog, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  let base = catalog.models.get(id)?.base_model;
  while (base !== undefined && !seen.has(base)) {
    chain.push(base);
    seen.add(base);
    base = catalog.models.get(base)?.base_model;
  }
  return chain;
}

/** Models fine-tuned directly from this one. */
export function children(catalog: Catalog, id: string): string[] {
  return [...catalog.models].filter(([, model]) => model.base_model === id).map(([childId]) => childId).sort();
}

/** Every model that has this one among its ancestors. */
export function descendants(catalog: Catalog, id: string): string[] {
  return [...catalog.models.keys()].filter((other) => other !== id && ancestors(catalog, other).includes(id)).sort();
}

/** The base_model chains that return to where they started, each reported once. */
export function baseModelCycles(catalog: Catalog): string[][] {
  const cycles: string[][] = [];
  const reported = new Set<string>();
  for (const start of catalog.models.keys()) {
    const path = [start];
    let next = catalog.models.get(start)?.base_model;
    while (next !== undefined && catalog.models.has(next) && !path.includes(next)) {
      path.push(next);
      next = catalog.models.get(next)?.base_model;
    }
    if (next === undefined || !path.includes(next)) continue;
    const cycle = path.slice(path.indexOf(next));
    const key = [...cycle].sort().join(',');
    if (!reported.has(key)) {
      reported.add(key);
      cycles.push(cycle);
    }
  }
  return cycles;
}
