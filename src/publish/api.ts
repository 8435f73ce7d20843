// The public API records (docs/ARCHITECTURE.md, "Public contracts"), typed by the schemas in src/schema/api.ts
// that the published JSON Schemas are generated from.
import { API_VERSION, type ApiLicense, type ApiModel } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { describeReason } from '../present/reasons.ts';
import { clauseRows, licenseUsers } from '../present/license-view.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import { absoluteUrl } from '../site/urls.ts';

export type { ApiLicense, ApiModel };

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

export function apiModel(catalog: Catalog, derived: DerivedModel, site: URL | undefined): ApiModel {
  const { id, model, commercial, allows, openness } = derived;
  const license = catalog.licenses.get(model.license);
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
    license_name: license?.name ?? model.license,
    license_category: license?.category ?? 'proprietary',
    spdx: license?.spdx ?? null,
    commercial_use: commercial.verdict,
    commercial_use_reasons: commercial.reasons.map((reason) => describeReason(catalog, reason)),
    allows: Object.fromEntries(USE_NAMES.map((use) => [use, allows[use].allowed])) as ApiModel['allows'],
    weights: model.weights,
    base_model: model.base_model ?? null,
    variants: derived.variants.map((variant) => ({
      name: variant.name,
      license: variant.license,
      commercial_use: variant.commercial.verdict,
    })),
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
      clauseRows(license).map((row) => [
        row.clause,
        {
          applies: row.applies,
          value: license.clauses[row.clause].value ?? null,
          detail: row.detail ?? null,
          source: row.source,
        },
      ]),
    ) as ApiLicense['clauses'],
    models: licenseUsers(catalog, id).main,
    last_verified: license.last_verified,
    page: absoluteUrl(`licenses/${id}/`, site),
  };
}

/** JSON as the API serves it: stable key order (as built), two-space indent, final newline. */
export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
