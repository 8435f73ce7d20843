// A license change may name the version of the license that applied; that version must be one
// the license entry lists, or the history would point at text nobody can find.
import type { Problem } from '../../data/entry-files.ts';
import { fieldsOf, type FieldPath } from '../../data/walk.ts';
import { problemAt, type CatalogRule } from '../rule.ts';

/** Every license change of an entry (its own and its variants'), with its path. */
function changesOf(data: unknown): { change: Record<string, unknown>; path: FieldPath }[] {
  const found: { change: Record<string, unknown>; path: FieldPath }[] = [];
  const collect = (history: unknown, at: FieldPath) => {
    if (!Array.isArray(history)) return;
    history.forEach((change, index) => {
      const fields = fieldsOf(change);
      if (fields) found.push({ change: fields, path: [...at, 'license_history', index] });
    });
  };
  const fields = fieldsOf(data);
  collect(fields?.license_history, []);
  const variants = fields?.variants;
  if (Array.isArray(variants))
    variants.forEach((variant, index) => collect(fieldsOf(variant)?.license_history, ['variants', index]));
  return found;
}

export const licenseVersions: CatalogRule = {
  name: 'license-versions',
  checks: 'A license change that names a version names one the license entry lists under versions.',
  scope: 'catalog',
  check({ entries, catalog }) {
    const problems: Problem[] = [];
    for (const entry of entries.filter((e) => e.collection === 'models' || e.collection === 'datasets')) {
      for (const { change, path } of changesOf(entry.data)) {
        const { license, version } = change;
        if (typeof version !== 'string' || typeof license !== 'string') continue;
        const listed = catalog.licenses.get(license)?.versions?.map((known) => known.id);
        if (!catalog.licenses.has(license) || listed?.includes(version)) continue;
        problems.push(
          problemAt(
            entry,
            [...path, 'version'],
            `${license} lists no version "${version}"`,
            listed
              ? `use one of: ${listed.join(', ')}`
              : `add versions to content/licenses/${license}.yaml, or remove version`,
          ),
        );
      }
    }
    return problems;
  },
};
