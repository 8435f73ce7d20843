// The commercial-use verdict and the `allows` uses, derived from license clauses, lineage and
// training data exactly as the methodology page states. Every page, badge and API file reads
// these results; nothing else decides a verdict.
import type { ClauseName, Model, Use, Verdict, WeightsAccess } from '../schema/index.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';

/** How a clause reaches a model. */
export type Origin =
  | { kind: 'license' }
  | { kind: 'training_data'; dataset: string }
  | { kind: 'base_model'; model: string; origin: Origin };

/** One clause of one license that binds a model, and how it got there. */
export interface Term {
  clause: ClauseName;
  license: string;
  /** `unknown` when the license entry could not confirm whether the clause applies. */
  applies: true | 'unknown';
  origin: Origin;
}

export type Reason = { kind: 'weights'; weights: WeightsAccess } | { kind: 'clause'; term: Term };

export interface VerdictResult {
  verdict: Verdict;
  reasons: Reason[];
}

// Clauses beyond notice, attribution and share-alike: any one of them makes commercial use
// conditional (docs/ARCHITECTURE.md, "How a verdict is derived").
export const CONDITIONAL_CLAUSES: readonly ClauseName[] = [
  'user_threshold',
  'revenue_threshold',
  'royalty',
  'use_restrictions',
  'output_training_ban',
  'hosting_restriction',
  'registration_required',
  'naming_requirement',
];

/**
 * The clauses of a dataset's terms that reach a model trained on it: what may be done with things
 * made from the data. Caps, registration, royalties, hosting and naming rules govern the licensed
 * material itself (another model's weights, say), not a model trained on its outputs.
 */
export const DATA_CLAUSES: readonly ClauseName[] = [
  'non_commercial',
  'use_restrictions',
  'output_training_ban',
  'attribution',
  'share_alike',
  'derivatives_inherit',
];

/** Which clauses block each use a user can ask about (the weights' access is checked apart). */
export const USE_BLOCKERS: Record<Use, readonly ClauseName[]> = {
  commercial: ['non_commercial'],
  distillation: ['output_training_ban'],
  hosting: ['hosting_restriction', 'non_commercial'],
  redistribution: ['derivatives_inherit', 'share_alike', 'non_commercial'],
  scale: ['user_threshold', 'revenue_threshold'],
  'no-registration': ['registration_required'],
};

export interface UseResult {
  allowed: boolean;
  /** Empty when allowed: otherwise each clause (or weights state) that blocks the use. */
  blockedBy: Reason[];
}

interface TermsOptions {
  /** Evaluate another license in place of the model's own, e.g. for a variant. */
  license?: string;
  /** Evaluate another base model, for a variant tuned from a different one. */
  baseModel?: string;
}

/** Every clause that binds the model: its license, binding training data, and inherited terms. */
export function effectiveTerms(
  catalog: Catalog,
  id: string,
  options: TermsOptions = {},
  seen = new Set<string>(),
): Term[] {
  const model = catalog.models.get(id);
  if (!model || seen.has(id)) return [];
  seen.add(id);
  const terms = clausesOf(catalog, options.license ?? model.license, { kind: 'license' });
  for (const dataset of model.training_data ?? []) {
    if (dataset.binding && dataset.terms) {
      terms.push(
        ...clausesOf(catalog, dataset.terms, { kind: 'training_data', dataset: dataset.name }).filter((term) =>
          DATA_CLAUSES.includes(term.clause),
        ),
      );
    }
  }
  const base = options.baseModel ?? model.base_model;
  if (base) {
    // A base model's terms pass down only where its license (or its data's license) says
    // derivatives stay bound; a permissive base passes nothing on.
    for (const term of effectiveTerms(catalog, base, {}, seen)) {
      if (catalog.licenses.get(term.license)?.clauses.derivatives_inherit.applies === true) {
        terms.push({ ...term, origin: { kind: 'base_model', model: base, origin: term.origin } });
      }
    }
  }
  return dedupe(terms);
}

function clausesOf(catalog: Catalog, licenseId: string, origin: Origin): Term[] {
  const license = catalog.licenses.get(licenseId);
  if (!license) return [];
  const terms: Term[] = [];
  for (const [clause, value] of Object.entries(license.clauses) as [ClauseName, { applies: boolean | 'unknown' }][]) {
    if (value.applies === false) continue;
    terms.push({ clause, license: licenseId, applies: value.applies, origin });
  }
  return terms;
}

// The same clause of the same license can arrive twice (a fine-tune under its base's license):
// the nearest origin is the one worth naming. Training data stays a reason of its own, since it
// binds even when the model's license says the same.
function dedupe(terms: Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = `${term.clause}|${term.license}|${term.origin.kind === 'training_data' ? term.origin.dataset : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function weightsOf(model: Model, variantWeights?: WeightsAccess): WeightsAccess {
  return variantWeights ?? model.weights;
}

export function commercialUse(
  catalog: Catalog,
  id: string,
  options: TermsOptions & { weights?: WeightsAccess } = {},
): VerdictResult {
  const model = catalog.models.get(id);
  if (!model) throw new Error(`no model "${id}"`);
  const weights = weightsOf(model, options.weights);
  const terms = effectiveTerms(catalog, id, options);

  const forbidding: Reason[] = [];
  if (weights === 'not-released') forbidding.push({ kind: 'weights', weights });
  for (const term of terms) {
    if (term.clause === 'non_commercial' && term.applies === true) forbidding.push({ kind: 'clause', term });
  }
  if (forbidding.length > 0) return { verdict: 'no', reasons: forbidding };

  // An unconfirmed clause can only make the verdict more careful, never more permissive.
  const conditions = terms
    .filter(
      (term) =>
        CONDITIONAL_CLAUSES.includes(term.clause) || (term.applies === 'unknown' && term.clause === 'non_commercial'),
    )
    .map((term): Reason => ({ kind: 'clause', term }));
  return conditions.length > 0 ? { verdict: 'conditional', reasons: conditions } : { verdict: 'yes', reasons: [] };
}

export function allowedUses(
  catalog: Catalog,
  id: string,
  options: TermsOptions & { weights?: WeightsAccess } = {},
): Record<Use, UseResult> {
  const model = catalog.models.get(id);
  if (!model) throw new Error(`no model "${id}"`);
  const weights = weightsOf(model, options.weights);
  const terms = effectiveTerms(catalog, id, options);
  const result = {} as Record<Use, UseResult>;
  for (const use of USE_NAMES) {
    const blockers = USE_BLOCKERS[use];
    const blockedBy: Reason[] = terms
      .filter((term) => blockers.includes(term.clause))
      .map((term) => ({ kind: 'clause', term }));
    const gatedWeights = use === 'no-registration' && (weights === 'gated' || weights === 'on-request');
    if (weights === 'not-released' || gatedWeights) blockedBy.unshift({ kind: 'weights', weights });
    result[use] = { allowed: blockedBy.length === 0, blockedBy };
  }
  return result;
}
