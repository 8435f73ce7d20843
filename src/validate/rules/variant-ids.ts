// A variant's id names its section on the model page and its badges, so it is unique in its model.
import type { Problem } from '../../data/entry-files.ts';
import { fieldsOf } from '../../data/walk.ts';
import { problemAt, type EntryRule } from '../rule.ts';

export const variantIds: EntryRule = {
  name: 'variant-ids',
  checks: "Every variant of a model has an id of its own, different from the others' and from the model's.",
  scope: 'entry',
  collections: ['models'],
  check(entry) {
    const variants = fieldsOf(entry.data)?.variants;
    if (!Array.isArray(variants)) return [];
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    variants.forEach((variant, index) => {
      const id = fieldsOf(variant)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push(
          problemAt(
            entry,
            ['variants', index, 'id'],
            `"${id}" is already the id of variants[${first}]`,
            'give each variant its own id',
          ),
        );
      } else if (id === entry.id) {
        problems.push(
          problemAt(
            entry,
            ['variants', index, 'id'],
            `"${id}" is the model's own id`,
            'a variant needs an id of its own, e.g. the model id with its size',
          ),
        );
      }
      if (first === undefined) seen.set(id, index);
    });
    return problems;
  },
};
