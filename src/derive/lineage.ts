import type { Catalog } from '../data/catalog.ts';

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

// Each model's direct fine-tunes, found in one pass and kept per catalog (its maps are read-only),
// so deriving every model's children and descendants stays linear in the number of models.
const childrenIndexes = new WeakMap<Catalog['models'], ReadonlyMap<string, readonly string[]>>();

function childrenIndex(catalog: Catalog): ReadonlyMap<string, readonly string[]> {
  let index = childrenIndexes.get(catalog.models);
  if (!index) {
    const byBase = new Map<string, string[]>();
    for (const [id, model] of catalog.models) {
      if (model.base_model === undefined) continue;
      const siblings = byBase.get(model.base_model);
      if (siblings) siblings.push(id);
      else byBase.set(model.base_model, [id]);
    }
    for (const ids of byBase.values()) ids.sort();
    index = byBase;
    childrenIndexes.set(catalog.models, index);
  }
  return index;
}

/** Models fine-tuned directly from this one. */
export function children(catalog: Catalog, id: string): string[] {
  return [...(childrenIndex(catalog).get(id) ?? [])];
}

/** Every model that has this one among its ancestors. */
export function descendants(catalog: Catalog, id: string): string[] {
  const index = childrenIndex(catalog);
  const found = new Set<string>();
  const waiting = [...(index.get(id) ?? [])];
  for (let next = waiting.pop(); next !== undefined; next = waiting.pop()) {
    // A cycle leads back to the model itself, which is not its own descendant.
    if (next === id || found.has(next)) continue;
    found.add(next);
    waiting.push(...(index.get(next) ?? []));
  }
  return [...found].sort();
}
