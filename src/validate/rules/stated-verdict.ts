// A publisher's stated verdict is a fact like any other: when the license and the lineage
// give another one, either the entry or the data it stands on is wrong.
import type { Model } from '../../schema/index.ts';
import type { Catalog } from '../../data/catalog.ts';
import type { Problem } from '../../data/entry-files.ts';
import { commercialUse } from '../../derive/terms.ts';
import { describeReason } from '../../present/reasons.ts';
import { problemAt, type CatalogRule } from '../rule.ts';
import { baseModelCycles } from './lineage-cycles.ts';

/** Whether every entry the model's verdict depends on is in the catalog (valid). */
function termsResolve(catalog: Catalog, model: Model): boolean {
  const licenses = [
    model.license,
    ...(model.training_data ?? []).map((d) => d.terms),
    ...(model.variants ?? []).map((v) => v.license),
  ];
  const models = [model.base_model, ...(model.variants ?? []).map((v) => v.base_model)];
  return (
    licenses.every((id) => id === undefined || catalog.licenses.has(id)) &&
    models.every((id) => id === undefined || catalog.models.has(id))
  );
}

export const statedVerdict: CatalogRule = {
  name: 'stated-verdict',
  checks: 'A commercial_use the publisher states matches the verdict derived from the license and the lineage.',
  scope: 'catalog',
  check({ entries, catalog }) {
    const byId = new Map(entries.filter((e) => e.collection === 'models').map((entry) => [entry.id, entry]));
    const bases = new Map(
      [...catalog.models].flatMap(([id, model]) => (model.base_model ? [[id, model.base_model] as const] : [])),
    );
    // In a cycle the lineage has no root; lineage-cycles reports it.
    const inCycle = new Set(baseModelCycles(bases).flat());
    const problems: Problem[] = [];
    for (const [id, model] of catalog.models) {
      if (model.commercial_use === undefined || inCycle.has(id) || !termsResolve(catalog, model)) continue;
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
