// Ids that name other entries must name entries that exist. Checked on whatever an entry holds,
// even when other fields of it are wrong, so a contributor sees every problem in one run.
import type { Collection, EntryFile, Problem } from '../../data/entry-files.ts';
import { fieldsOf, type FieldPath } from '../../data/walk.ts';
import { problemAt, type CatalogRule, type Content } from '../rule.ts';
import { licenseAliases, nearestId, unknownIdHint, type Aliases } from '../suggest.ts';

/** A field that names an entry; `[]` stands for every item of a list. */
interface Reference {
  path: readonly (string | [])[];
  to: Collection;
  /** A model ref may name one variant: <model>/<variant>. */
  variant?: true;
  /** The field may be `unknown` instead of an id. */
  unknown?: true;
}

/** Where each kind of entry names another. */
const REFERENCES: Partial<Record<Collection, readonly Reference[]>> = {
  models: [
    { path: ['organization'], to: 'organizations' },
    { path: ['license'], to: 'licenses' },
    { path: ['base_model'], to: 'models', variant: true },
    { path: ['training_data', []], to: 'datasets' },
    { path: ['training_data', [], 'dataset'], to: 'datasets' },
    { path: ['license_history', [], 'license'], to: 'licenses' },
    { path: ['variants', [], 'license'], to: 'licenses' },
    { path: ['variants', [], 'base_model'], to: 'models', variant: true },
    { path: ['variants', [], 'training_data', []], to: 'datasets' },
    { path: ['variants', [], 'training_data', [], 'dataset'], to: 'datasets' },
    { path: ['variants', [], 'license_history', [], 'license'], to: 'licenses' },
  ],
  datasets: [
    { path: ['license'], to: 'licenses', unknown: true },
    { path: ['license_history', [], 'license'], to: 'licenses' },
    { path: ['derived_from', []], to: 'datasets' },
    { path: ['generated_by', [], 'model'], to: 'models' },
    { path: ['generated_by', [], 'terms'], to: 'licenses' },
  ],
};

/** Whether a field of an entry names another entry, so this rule reports what is wrong with it. */
export function isReference(collection: Collection, path: FieldPath): boolean {
  return (REFERENCES[collection] ?? []).some(
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

/** The variant ids each model declares, as written. */
function variantIds(entries: readonly EntryFile[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const entry of entries.filter((e) => e.collection === 'models')) {
    const variants = fieldsOf(entry.data)?.variants;
    const ids = Array.isArray(variants) ? variants.map((variant) => fieldsOf(variant)?.id) : [];
    found.set(entry.id, new Set(ids.filter((id): id is string => typeof id === 'string')));
  }
  return found;
}

export const references: CatalogRule = {
  name: 'references',
  checks:
    'Every organization, license, base model, variant and dataset id names an entry in content/, and no model is its own base.',
  scope: 'catalog',
  check({ entries, ids }: Content) {
    const aliases: Partial<Record<Collection, Aliases>> = { licenses: licenseAliases(entries) };
    const variants = variantIds(entries);
    const problems: Problem[] = [];
    const report = (entry: EntryFile, at: FieldPath, to: Collection, id: string) => {
      const guess = nearestId(id, [...ids[to]], aliases[to]);
      problems.push(problemAt(entry, at, `unknown ${to.replace(/s$/, '')} id "${id}"`, unknownIdHint(id, to, guess)));
    };
    for (const entry of entries) {
      for (const { path, to, variant, unknown } of REFERENCES[entry.collection] ?? []) {
        for (const { value, path: at } of valuesAt(entry.data, path)) {
          if (typeof value !== 'string' || (unknown && value === 'unknown')) continue;
          const [id = '', variantId] = variant ? value.split('/') : [value];
          if (!ids[to].has(id)) report(entry, at, to, id);
          else if (variantId !== undefined && !variants.get(id)?.has(variantId)) {
            const known = [...(variants.get(id) ?? [])];
            const hint = known.length > 0 ? `${id} has the variants: ${known.join(', ')}` : `${id} has no variants`;
            problems.push(problemAt(entry, at, `unknown variant "${variantId}" of model "${id}"`, hint));
          }
        }
      }
      if (entry.collection === 'models' && fieldsOf(entry.data)?.base_model === entry.id) {
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
