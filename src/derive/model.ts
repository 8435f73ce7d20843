// Every derived fact about a model, computed once and shared by pages, badges and the API.
import type { Model } from '../schema/index.ts';
import type { Use } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import { ancestors, children, descendants } from './lineage.ts';
import { mofClass, opennessRatings, opennessScore, type MofClass, type Rating } from './openness.ts';
import { releasesOf, type Release } from './releases.ts';
import { allowedUses, commercialUse, dataCaveats, type Caveat, type UseResult, type VerdictResult } from './terms.ts';

/** A release (the main weights or a variant) with what its own terms give. */
export interface DerivedRelease extends Release {
  commercial: VerdictResult;
  allows: Record<Use, UseResult>;
  caveats: Caveat[];
}

export interface DerivedModel {
  id: string;
  model: Model;
  /** The main weights' verdict and uses, the model's as the API has always given them. */
  commercial: VerdictResult;
  allows: Record<Use, UseResult>;
  caveats: Caveat[];
  /** The main weights first, then each variant. */
  releases: DerivedRelease[];
  variants: DerivedRelease[];
  /** Whether a variant's verdict differs from the main weights'. */
  verdictVaries: boolean;
  ancestors: string[];
  children: string[];
  descendants: string[];
  openness: { ratings: Rating[]; score: number; mofClass: MofClass };
}

function deriveRelease(catalog: Catalog, found: Release): DerivedRelease {
  return {
    ...found,
    commercial: commercialUse(catalog, found.ref),
    allows: allowedUses(catalog, found.ref),
    caveats: dataCaveats(catalog, found.ref),
  };
}

export function deriveModel(catalog: Catalog, id: string): DerivedModel {
  const model = catalog.models.get(id);
  if (!model) throw new Error(`no model "${id}"`);
  const license = catalog.licenses.get(model.license);
  if (!license) throw new Error(`model "${id}" names a missing license "${model.license}"`);
  const ratings = opennessRatings(model, license);
  const releases = releasesOf(catalog, id).map((found) => deriveRelease(catalog, found));
  const [main, ...variants] = releases as [DerivedRelease, ...DerivedRelease[]];
  return {
    id,
    model,
    commercial: main.commercial,
    allows: main.allows,
    caveats: main.caveats,
    releases,
    variants,
    verdictVaries: variants.some((variant) => variant.commercial.verdict !== main.commercial.verdict),
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
