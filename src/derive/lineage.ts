// Lineage between models. A base may be named down to one variant (llama-3-1/llama-3-1-8b); the
// family tree is drawn between models, so only the model part counts here.
import type { Catalog } from '../data/catalog.ts';
import { splitRef } from './releases.ts';

/** The id of the model a model was tuned from, if any. */
function baseOf(catalog: Catalog, id: string): string | undefined {
  const base = catalog.models.get(id)?.base_model;
  return base === undefined ? undefined : splitRef(base).modelId;
}

/** Base models from the nearest up, stopping at a cycle or a missing entry. */
export function ancestors(catalog: Catalog, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  let base = baseOf(catalog, id);
  while (base !== undefined && !seen.has(base)) {
    chain.push(base);
    seen.add(base);
    base = baseOf(catalog, base);
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
    for (const id of catalog.models.keys()) {
      const base = baseOf(catalog, id);
      if (base === undefined) continue;
      const siblings = byBase.get(base);
      if (siblings) siblings.push(id);
      else byBase.set(base, [id]);
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
