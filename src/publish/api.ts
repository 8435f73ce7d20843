// The public API records (docs/ARCHITECTURE.md, "Public contracts"), typed by the schemas in src/schema/api.ts
// that the published JSON Schemas are generated from.
import {
  API_VERSION,
  type ApiDataset,
  type ApiHfRepository,
  type ApiLicense,
  type ApiModel,
  type ApiVariant,
  type ClauseName,
  type License,
} from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel, DerivedRelease } from '../derive/model.ts';
import { describeCaveat, describeReason } from '../present/reasons.ts';
import { trainedOn } from '../present/dataset-view.ts';
import { clauseRows, licenseUsers } from '../present/license-view.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import { absoluteUrl } from '../site/urls.ts';
import { badgeUrls, type BadgeKind } from './badge-snippets.ts';

export type { ApiDataset, ApiLicense, ApiModel };

/**
 * When the site was built. SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) pins
 * it, so two builds of the same commit can be byte-identical.
 */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString();
}

export function apiEnvelope() {
  return { version: API_VERSION, generated_at: buildDate() } as const;
}

/** A release's license by id and in words, with the version in effect (the API's license fields). */
function licenseFields(catalog: Catalog, release: DerivedRelease) {
  const license = catalog.licenses.get(release.license);
  return {
    license: release.license,
    license_version: release.licenseVersion ?? null,
    license_name: license?.name ?? release.license,
    license_category: license?.category ?? 'proprietary',
    spdx: license?.spdx ?? null,
  };
}

/** A release's section of its model page: the page itself for the main weights. */
const releasePage = (modelId: string, variantId: string | undefined, site: URL | undefined) =>
  absoluteUrl(`models/${modelId}/`, site) + (variantId ? `#${variantId}` : '');

const allowsOf = (allows: DerivedRelease['allows']) =>
  Object.fromEntries(USE_NAMES.map((use) => [use, allows[use].allowed])) as ApiModel['allows'];

function apiVariant(
  catalog: Catalog,
  derived: DerivedModel,
  variant: DerivedRelease,
  site: URL | undefined,
): ApiVariant {
  const { id: modelId, model } = derived;
  const unknownToNull = <T>(value: T | 'unknown') => (value === 'unknown' ? null : value);
  return {
    id: variant.variant!.id,
    name: variant.name,
    parameters: variant.parameters === 'unknown' ? null : [...variant.parameters],
    active_parameters: variant.activeParameters ? [...variant.activeParameters] : null,
    architecture: unknownToNull(variant.variant?.architecture ?? model.architecture),
    modalities: [...variant.modalities],
    context_length: unknownToNull(variant.variant?.context_length ?? model.context_length),
    release_date: variant.releaseDate,
    ...licenseFields(catalog, variant),
    weights: variant.weights,
    base_model: variant.baseModel ?? null,
    training_data: variant.trainingData.map(({ dataset }) => dataset),
    commercial_use: variant.commercial.verdict,
    terms_unread: variant.commercial.unread,
    commercial_use_reasons: variant.commercial.reasons.map((reason) => describeReason(catalog, reason)),
    caveats: variant.caveats.map((caveat) => describeCaveat(catalog, caveat)),
    allows: allowsOf(variant.allows),
    hf: [...variant.hf],
    url: releasePage(modelId, variant.variant!.id, site),
  };
}

export function apiModel(catalog: Catalog, derived: DerivedModel, site: URL | undefined): ApiModel {
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
    modalities: [...(derived.releases[0]?.modalities ?? ['text'])],
    context_length: unknownToNull(model.context_length),
    training_tokens: unknownToNull(model.training_tokens),
    ...licenseFields(catalog, derived.releases[0]!),
    commercial_use: commercial.verdict,
    terms_unread: commercial.unread,
    commercial_use_reasons: commercial.reasons.map((reason) => describeReason(catalog, reason)),
    allows: allowsOf(allows),
    caveats: derived.caveats.map((caveat) => describeCaveat(catalog, caveat)),
    weights: model.weights,
    base_model: model.base_model ?? null,
    training_data: derived.releases[0]!.trainingData.map(({ dataset }) => dataset),
    hf: [...(model.hf ?? [])],
    verdict_varies: derived.verdictVaries,
    variants: derived.variants.map((variant) => apiVariant(catalog, derived, variant, site)),
    openness_score: openness.score,
    mof_class: openness.mofClass,
    sources: Object.fromEntries(
      Object.entries(model.sources).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    last_verified: model.last_verified,
    url: absoluteUrl(`models/${id}/`, site),
  };
}

export function apiLicense(catalog: Catalog, id: string, site: URL | undefined): ApiLicense {
  const license = catalog.licenses.get(id);
  if (!license) throw new Error(`no license "${id}"`);
  return {
    id,
    name: license.name,
    spdx: license.spdx,
    url: license.url,
    osi_approved: license.osi_approved,
    category: license.category,
    summary: license.summary,
    clauses: Object.fromEntries(
      clauseRows(license).map((row) => [row.clause, apiClause(license.clauses[row.clause], row.source)]),
    ) as ApiLicense['clauses'],
    models: licenseUsers(catalog, id).main,
    versions: (license.versions ?? []).map((version) => ({ ...version, note: version.note ?? null })),
    last_verified: license.last_verified,
    page: absoluteUrl(`licenses/${id}/`, site),
  };
}

function apiClause(clause: License['clauses'][ClauseName], source: string): ApiLicense['clauses'][ClauseName] {
  return {
    applies: clause.applies,
    value: clause.value ?? null,
    users: clause.users ?? null,
    revenue: clause.revenue ?? null,
    period: clause.period ?? null,
    counted: clause.counted ?? null,
    duty: clause.duty ?? null,
    regions: clause.regions ?? null,
    binds: clause.binds ?? null,
    scope: clause.scope ?? null,
    exception: clause.exception ?? null,
    detail: clause.detail ?? null,
    section: clause.section ?? null,
    quote: clause.quote ?? null,
    source,
  };
}

export function apiDataset(
  catalog: Catalog,
  models: readonly DerivedModel[],
  id: string,
  site: URL | undefined,
): ApiDataset {
  const dataset = catalog.datasets.get(id);
  if (!dataset) throw new Error(`no dataset "${id}"`);
  return {
    id,
    name: dataset.name,
    url: dataset.url,
    summary: dataset.summary,
    license: dataset.license === 'unknown' ? null : dataset.license,
    license_history: (dataset.license_history ?? []).map(({ license, until, source }) => ({ license, until, source })),
    binding: dataset.binding,
    binding_reason: dataset.binding_reason,
    derived_from: dataset.derived_from ?? [],
    generated_by: (dataset.generated_by ?? []).map(({ name, model, terms }) => ({
      name,
      model: model ?? null,
      terms: terms ?? null,
    })),
    models: trainedOn(models, id),
    sources: Object.fromEntries(
      Object.entries(dataset.sources).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    last_verified: dataset.last_verified,
    page: absoluteUrl(`datasets/${id}/`, site),
  };
}

/**
 * Every Hugging Face repository in the catalog, keyed by its id, with the release it holds: a
 * script or a model card checks a repository's terms, or finds its badge, with one request.
 */
export function apiHfRepositories(
  catalog: Catalog,
  models: readonly DerivedModel[],
  site: URL | undefined,
): Record<string, ApiHfRepository> {
  const entries = models.flatMap((derived) =>
    derived.releases.flatMap((release) =>
      release.hf.map((hf) => [hf, hfRepository(catalog, derived, release, site)] as const),
    ),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b, 'en')));
}

function hfRepository(
  catalog: Catalog,
  derived: DerivedModel,
  release: DerivedRelease,
  site: URL | undefined,
): ApiHfRepository {
  const variant = release.variant?.id;
  const badges = (kind: BadgeKind) => badgeUrls(release.ref, kind, site);
  return {
    model: derived.id,
    variant: variant ?? null,
    name: release.name,
    commercial_use: release.commercial.verdict,
    terms_unread: release.commercial.unread,
    ...licenseFields(catalog, release),
    page: releasePage(derived.id, variant, site),
    api: absoluteUrl(`api/models/${derived.id}.json`, site),
    badges: { license: badges('license'), commercial: badges('commercial'), openness: badges('openness') },
  };
}

/** JSON as the API serves it: stable key order (as built), two-space indent, final newline. */
export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
