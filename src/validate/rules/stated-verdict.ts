// A publisher's stated verdict is a fact like any other: when the license and the lineage
// give another one, either the entry or the data it stands on is wrong.
import type { Catalog } from '../../data/catalog.ts';
import type { Problem } from '../../data/entry-files.ts';
import { release } from '../../derive/releases.ts';
import { commercialUse } from '../../derive/terms.ts';
import { describeReason } from '../../present/reasons.ts';
import { problemAt, type CatalogRule } from '../rule.ts';
import { baseModelCycles } from './lineage-cycles.ts';

/** Whether every entry the main weights' verdict stands on is in the catalog (valid). */
function termsResolve(catalog: Catalog, id: string): boolean {
  const found = release(catalog, id);
  if (!found || !catalog.licenses.has(found.license)) return false;
  const datasetsResolve = found.trainingData.every(({ dataset }) => {
    const data = catalog.datasets.get(dataset);
    return data !== undefined && (data.license === 'unknown' || catalog.licenses.has(data.license));
  });
  return datasetsResolve && (found.baseModel === undefined || release(catalog, found.baseModel) !== undefined);
}

export const statedVerdict: CatalogRule = {
  name: 'stated-verdict',
  checks: 'A commercial_use the publisher states matches the verdict derived from the license and the lineage.',
  scope: 'catalog',
  check({ entries, catalog }) {
    const byId = new Map(entries.filter((e) => e.collection === 'models').map((entry) => [entry.id, entry]));
    const bases = new Map(
      [...catalog.models].flatMap(([id, model]) =>
        model.base_model ? [[id, model.base_model.split('/')[0]!] as const] : [],
      ),
    );
    // In a cycle the lineage has no root; lineage-cycles reports it.
    const inCycle = new Set(baseModelCycles(bases).flat());
    const problems: Problem[] = [];
    for (const [id, model] of catalog.models) {
      if (model.commercial_use === undefined || inCycle.has(id) || !termsResolve(catalog, id)) continue;
      const derived = commercialUse(catalog, id);
      if (derived.verdict === model.commercial_use) continue;
      const why =
        derived.reasons.map((reason) => describeReason(catalog, reason)).join(' ') || 'no clause restricts it.';
      const hint = `${why} Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`;
      problems.push(
        problemAt(
          byId.get(id)!,
          ['commercial_use'],
          `states "${model.commercial_use}" but the license and lineage give "${derived.verdict}"`,
          hint,
        ),
      );
    }
    return problems;
  },
};
