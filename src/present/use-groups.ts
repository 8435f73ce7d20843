// "Can I use it?" lists models in groups that share their terms: the same commercial-use verdict
// and the same clauses blocking the same uses. Many models share a license, so a clause is told
// once for its group rather than once for each model.
import type { Use, Verdict } from '../schema/vocabulary.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { blockingReasons, type BlockingReason } from './reasons.ts';
import { modelHref } from '../site/urls.ts';

export interface UseGroup {
  /** In the order given, so the newest model of the group comes first. */
  models: { id: string; name: string; href: string }[];
  verdict: Verdict;
  /** The uses no clause blocks: the same for every model of the group, as its reasons are. */
  allows: Use[];
  reasons: BlockingReason[];
}

/** The models in groups of shared terms, ordered by each group's first model. */
export function groupBySharedTerms(catalog: Catalog, models: readonly DerivedModel[]): UseGroup[] {
  const groups = new Map<string, UseGroup>();
  for (const { id, model, commercial, allows } of models) {
    const reasons = blockingReasons(catalog, allows);
    const key = JSON.stringify([commercial.verdict, reasons]);
    let group = groups.get(key);
    if (!group) {
      group = {
        models: [],
        verdict: commercial.verdict,
        allows: USE_NAMES.filter((use) => allows[use].allowed),
        reasons,
      };
      groups.set(key, group);
    }
    group.models.push({ id, name: model.name, href: modelHref(id) });
  }
  return [...groups.values()];
}
