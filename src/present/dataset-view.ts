// A dataset's page and API record: the models trained on it, and what its terms do to them.
import type { Catalog } from '../data/catalog.ts';
import type { Verdict } from '../schema/index.ts';
import type { DerivedModel } from '../derive/model.ts';
import { release, splitRef } from '../derive/releases.ts';
import { modelHref, releaseHref } from '../site/urls.ts';

/** The releases (model ids, or <model>/<variant> for a variant's own data) trained on a dataset. */
export function trainedOn(models: readonly DerivedModel[], datasetId: string): string[] {
  const refs: string[] = [];
  for (const derived of models) {
    const [main, ...variants] = derived.releases;
    if (main!.trainingData.some(({ dataset }) => dataset === datasetId)) refs.push(derived.id);
    else {
      for (const variant of variants) {
        if (variant.variant?.training_data && variant.trainingData.some(({ dataset }) => dataset === datasetId))
          refs.push(variant.ref);
      }
    }
  }
  return refs.sort();
}

/** A release trained on a dataset, as its page lists it: name, link and verdict. */
export interface DatasetUser {
  ref: string;
  name: string;
  href: string;
  verdict: Verdict;
}

export function datasetUsers(
  catalog: Catalog,
  byId: ReadonlyMap<string, DerivedModel>,
  datasetId: string,
): DatasetUser[] {
  return trainedOn([...byId.values()], datasetId).map((ref) => {
    const { modelId, variantId } = splitRef(ref);
    const derived = byId.get(modelId)!;
    const found = variantId
      ? derived.variants.find((variant) => variant.variant?.id === variantId)!
      : derived.releases[0]!;
    return {
      ref,
      name: release(catalog, ref)?.name ?? ref,
      href: variantId ? releaseHref(modelId, variantId) : modelHref(modelId),
      verdict: found.commercial.verdict,
    };
  });
}
