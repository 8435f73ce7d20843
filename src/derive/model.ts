// Every derived fact about a model, computed once and shared by pages, badges and the API.
import type { Model } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { ancestors, children, descendants } from './lineage.ts';
import { mofClass, opennessRatings, opennessScore, type MofClass, type Rating } from './openness.ts';
import type { Use } from '../schema/vocabulary.ts';
import { allowedUses, commercialUse, type UseResult, type VerdictResult } from './terms.ts';

export type Variant = NonNullable<Model['variants']>[number];

/** A variant as written, with the verdict its own terms give. */
export interface DerivedVariant extends Variant {
  commercial: VerdictResult;
}

export interface DerivedModel {
  id: string;
  model: Model;
  commercial: VerdictResult;
  allows: Record<Use, UseResult>;
  variants: DerivedVariant[];
  ancestors: string[];
  children: string[];
  descendants: string[];
  openness: { ratings: Rating[]; score: number; mofClass: MofClass };
}

export function deriveModel(catalog: Catalog, id: string): DerivedModel {
  const model = catalog.models.get(id);
  if (!model) throw new Error(`no model "${id}"`);
  const license = catalog.licenses.get(model.license);
  if (!license) throw new Error(`model "${id}" names a missing license "${model.license}"`);
  const ratings = opennessRatings(model, license);
  return {
    id,
    model,
    commercial: commercialUse(catalog, id),
    allows: allowedUses(catalog, id),
    variants: (model.variants ?? []).map((variant) => ({
      ...variant,
      commercial: commercialUse(catalog, id, {
        license: variant.license,
        baseModel: variant.base_model,
        weights: variant.weights,
      }),
    })),
    ancestors: ancestors(catalog, id),
    children: children(catalog, id),
    descendants: descendants(catalog, id),
    openness: { ratings, score: opennessScore(ratings), mofClass: mofClass(ratings) },
  };
}

/** All models, newest release first, then by name. */
export function deriveAll(catalog: Catalog): DerivedModel[] {
  return [...catalog.models.keys()]
    .map((id) => deriveModel(catalog, id))
    .sort(
      (a, b) => b.model.release_date.localeCompare(a.model.release_date) || a.model.name.localeCompare(b.model.name),
    );
}
