// A Hugging Face id looks up one release (/api/hf.json, the table's search), so no two releases
// list the same repository. The Hub treats ids without regard to case, and so does this rule.
import type { EntryFile, Problem } from '../../data/entry-files.ts';
import { fieldsOf, type FieldPath } from '../../data/walk.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

interface Listing {
  path: FieldPath;
  ref: string;
  ids: unknown;
}

/** The `hf` lists of a model entry: the main weights', then each variant's. */
function listings(entry: EntryFile): Listing[] {
  const data = fieldsOf(entry.data);
  const variants = Array.isArray(data?.variants) ? data.variants : [];
  return [
    { path: ['hf'], ref: entry.id, ids: data?.hf },
    ...variants.map((variant, index) => ({
      path: ['variants', index, 'hf'],
      ref: `${entry.id}/${String(fieldsOf(variant)?.id)}`,
      ids: fieldsOf(variant)?.hf,
    })),
  ];
}

export const hfIds: CatalogRule = {
  name: 'hf-ids',
  checks: 'Each Hugging Face repository id is listed once in the whole catalog, on one model or variant.',
  scope: 'catalog',
  check({ entries }) {
    const problems: Problem[] = [];
    const seen = new Map<string, string>();
    for (const entry of entries.filter((e) => e.collection === 'models')) {
      for (const { path, ref, ids } of listings(entry)) {
        if (!Array.isArray(ids)) continue;
        ids.forEach((id, index) => {
          if (typeof id !== 'string') return;
          const first = seen.get(id.toLowerCase());
          if (first === undefined) seen.set(id.toLowerCase(), ref);
          else
            problems.push(
              problemAt(
                entry,
                [...path, index],
                `"${id}" is already listed on ${first}`,
                'list each repository on the one release whose weights it holds',
              ),
            );
        });
      }
    }
    return problems;
  },
};
