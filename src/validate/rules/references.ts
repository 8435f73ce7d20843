// Ids that name other entries must name entries that exist. Checked on whatever an entry holds,
// even when other fields of it are wrong, so a contributor sees every problem in one run.
import type { Collection, Problem } from '../../data/entry-files.ts';
import { fieldsOf, type FieldPath } from '../../data/walk.ts';
import { problemAt, type CatalogRule, type Content } from '../rule.ts';
import { licenseAliases, nearestId, unknownIdHint, type Aliases } from '../suggest.ts';

/** Where a model names another entry; `[]` stands for every item of a list. */
export const MODEL_REFERENCES: { path: readonly (string | [])[]; to: Collection }[] = [
  { path: ['organization'], to: 'organizations' },
  { path: ['license'], to: 'licenses' },
  { path: ['base_model'], to: 'models' },
  { path: ['variants', [], 'license'], to: 'licenses' },
  { path: ['variants', [], 'base_model'], to: 'models' },
  { path: ['license_history', [], 'license'], to: 'licenses' },
  { path: ['training_data', [], 'terms'], to: 'licenses' },
];

/** Whether a field of an entry names another entry, so this rule reports what is wrong with it. */
export function isReference(collection: Collection, path: FieldPath): boolean {
  if (collection !== 'models') return false;
  return MODEL_REFERENCES.some(
    ({ path: pattern }) =>
      pattern.length === path.length &&
      pattern.every((segment, index) =>
        Array.isArray(segment) ? typeof path[index] === 'number' : segment === path[index],
      ),
  );
}

/** The values at a path, with their concrete paths (list items numbered). */
function valuesAt(
  value: unknown,
  path: readonly (string | [])[],
  at: FieldPath = [],
): { value: unknown; path: FieldPath }[] {
  if (path.length === 0) return [{ value, path: at }];
  const [head, ...rest] = path;
  if (Array.isArray(head)) {
    return Array.isArray(value) ? value.flatMap((item, index) => valuesAt(item, rest, [...at, index])) : [];
  }
  const fields = fieldsOf(value);
  return fields && Object.hasOwn(fields, head!) ? valuesAt(fields[head!], rest, [...at, head!]) : [];
}

export const references: CatalogRule = {
  name: 'references',
  checks:
    'Every organization, license, base model and dataset terms id names an entry in content/, and no model is its own base.',
  scope: 'catalog',
  check({ entries, ids }: Content) {
    const aliases: Record<Collection, Aliases> = {
      models: new Map(),
      licenses: licenseAliases(entries),
      organizations: new Map(),
    };
    const problems: Problem[] = [];
    for (const entry of entries.filter((e) => e.collection === 'models')) {
      for (const { path, to } of MODEL_REFERENCES) {
        for (const { value: id, path: at } of valuesAt(entry.data, path)) {
          if (typeof id !== 'string' || ids[to].has(id)) continue;
          const guess = nearestId(id, [...ids[to]], aliases[to]);
          problems.push(
            problemAt(entry, at, `unknown ${to.replace(/s$/, '')} id "${id}"`, unknownIdHint(id, to, guess)),
          );
        }
      }
      if (fieldsOf(entry.data)?.base_model === entry.id) {
        problems.push(
          problemAt(
            entry,
            ['base_model'],
            'names the model itself',
            'remove base_model or name the model this one was trained from',
          ),
        );
      }
    }
    return problems;
  },
};
