// The public JSON shape of a model (DESIGN.md, "Badges and API"). Field names are a contract.
import type { Catalog } from './catalog.ts';
import type { DerivedModel } from './derive.ts';
import { describeReason } from './format.ts';
import { USE_NAMES } from './terms.ts';
import { absoluteUrl } from './urls.ts';

export type ApiModel = ReturnType<typeof apiModel>;

export function apiModel(catalog: Catalog, derived: DerivedModel, site: URL | undefined) {
  const { id, model, commercial, allows, openness } = derived;
  const unknownToNull = <T>(value: T | 'unknown') => (value === 'unknown' ? null : value);
  return {
    id,
    name: model.name,
    organization: model.organization,
    organization_name: catalog.organizations.get(model.organization)?.name ?? model.organization,
    release_date: model.release_date,
    summary: model.summary,
    parameters: unknownToNull(model.parameters),
    active_parameters: model.active_parameters ?? null,
    architecture: unknownToNull(model.architecture),
    context_length: unknownToNull(model.context_length),
    training_tokens: unknownToNull(model.training_tokens),
    license: model.license,
    license_name: catalog.licenses.get(model.license)?.name ?? model.license,
    spdx: catalog.licenses.get(model.license)?.spdx ?? null,
    license_category: catalog.licenses.get(model.license)?.category ?? null,
    commercial_use: commercial.verdict,
    commercial_use_reasons: commercial.reasons.map((reason) => describeReason(catalog, reason)),
    allows: Object.fromEntries(USE_NAMES.map((use) => [use, allows[use].allowed])),
    weights: model.weights,
    base_model: model.base_model ?? null,
    variants: derived.variants.map((variant) => ({ name: variant.name, license: variant.license, commercial_use: variant.commercial.verdict })),
    openness_score: openness.score,
    mof_class: openness.mofClass,
    sources: model.sources,
    last_verified: model.last_verified,
    url: absoluteUrl(`models/${id}/`, site),
  };
}
