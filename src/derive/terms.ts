// The commercial-use verdict, the allowed uses and the caveats of a release (a model's main
// weights or one variant), derived from license clauses, lineage and training data exactly as
// the methodology page states (docs/ARCHITECTURE.md, "How a verdict is derived"). Every page,
// badge and API file reads these results; nothing else decides a verdict.
import type { ClauseName, License, Use, Verdict, WeightsAccess } from '../schema/index.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import { isMultimodal, release } from './releases.ts';

/** How a clause reaches a release. */
export type Origin =
  | { kind: 'license' }
  | { kind: 'training_data'; dataset: string; via?: string }
  | { kind: 'base_model'; model: string; origin: Origin };

/** One clause of one license that binds a release, and how it got there. */
export interface Term {
  clause: ClauseName;
  license: string;
  /** `unknown` when the license entry, or whether a dataset's terms bind, could not be confirmed. */
  applies: true | 'unknown';
  origin: Origin;
}

export type Reason = { kind: 'weights'; weights: WeightsAccess } | { kind: 'clause'; term: Term };

export interface VerdictResult {
  verdict: Verdict;
  reasons: Reason[];
  /** Every clause of the release's own license is unconfirmed: the verdict rests on terms nobody read. */
  unread: boolean;
}

export interface UseResult {
  allowed: boolean;
  /** Empty when allowed: otherwise each clause (or weights state) that blocks the use. */
  blockedBy: Reason[];
}

/** Model output in the training data: its generator's terms bind whoever generated it. */
export interface Caveat {
  dataset: string;
  generator: { name: string; model?: string; terms?: string };
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
  'hosted_service',
  'registration_required',
  'naming_requirement',
  'threshold_duty',
  'territorial_exclusion',
  'remote_restriction',
  'terms_change',
  'termination_trigger',
];

/**
 * The clauses of a dataset's own license that reach a model trained on it: what may be done with
 * things made from the data. Caps, registration, royalties, hosting and naming rules govern the
 * licensed material itself, not a model trained on it.
 */
const DATA_CLAUSES: readonly ClauseName[] = [
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
  worldwide: ['territorial_exclusion'],
};

/** Where a clause is read: its license, how it reaches the release, and what the release is. */
interface Reading {
  origin: Origin;
  /** A dataset's clauses whose binding is not settled count as unconfirmed. */
  unconfirmed?: boolean;
  /** Clauses limited to multimodal models bind only a release that takes more than text. */
  multimodal: boolean;
}

function clausesOf(catalog: Catalog, licenseId: string, { origin, unconfirmed = false, multimodal }: Reading): Term[] {
  const license = catalog.licenses.get(licenseId);
  if (!license) return [];
  const terms: Term[] = [];
  for (const [clause, value] of Object.entries(license.clauses) as [ClauseName, License['clauses'][ClauseName]][]) {
    if (value.applies === false) continue;
    if (value.only_for === 'multimodal' && !multimodal) continue;
    terms.push({ clause, license: licenseId, applies: unconfirmed ? 'unknown' : value.applies, origin });
  }
  return terms;
}

/**
 * The terms a dataset passes to a model trained on it: its own license's data clauses when they
 * bind (as unconfirmed when that is unknown), and those of every dataset it was copied, cleaned or
 * mixed from, which a copy cannot lift.
 */
function datasetTerms(
  catalog: Catalog,
  id: string,
  { via, seen, multimodal }: { via?: string; seen: Set<string>; multimodal: boolean },
): Term[] {
  const dataset = catalog.datasets.get(id);
  if (!dataset || seen.has(id)) return [];
  seen.add(id);
  const origin: Origin =
    via === undefined ? { kind: 'training_data', dataset: id } : { kind: 'training_data', dataset: id, via };
  const own =
    dataset.binding === false || dataset.license === 'unknown'
      ? []
      : clausesOf(catalog, dataset.license, { origin, unconfirmed: dataset.binding === 'unknown', multimodal });
  const inherited = (dataset.derived_from ?? []).flatMap((parent) =>
    datasetTerms(catalog, parent, { via: via ?? id, seen, multimodal }),
  );
  return [...own.filter((term) => DATA_CLAUSES.includes(term.clause)), ...inherited];
}

/** Every clause that binds a release: its license, binding training data, and inherited terms. */
export function effectiveTerms(catalog: Catalog, ref: string, seen = new Set<string>()): Term[] {
  const found = release(catalog, ref);
  if (!found || seen.has(ref)) return [];
  seen.add(ref);
  const multimodal = isMultimodal(found);
  const terms = clausesOf(catalog, found.license, { origin: { kind: 'license' }, multimodal });
  const seenData = { seen: new Set<string>(), multimodal };
  for (const { dataset } of found.trainingData) terms.push(...datasetTerms(catalog, dataset, seenData));
  if (found.baseModel) {
    // A base model's terms pass down only where its license (or its data's license) says
    // derivatives stay bound; a permissive base passes nothing on.
    for (const term of effectiveTerms(catalog, found.baseModel, seen)) {
      if (catalog.licenses.get(term.license)?.clauses.derivatives_inherit.applies === true) {
        terms.push({ ...term, origin: { kind: 'base_model', model: found.baseModel, origin: term.origin } });
      }
    }
  }
  return dedupe(terms);
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

function weightsOf(catalog: Catalog, ref: string): WeightsAccess {
  const found = release(catalog, ref);
  if (!found) throw new Error(`no model or variant "${ref}"`);
  return found.weights;
}

/** Whether every clause of a release's own license is unconfirmed (its text could not be read). */
function unreadTerms(catalog: Catalog, ref: string): boolean {
  const license = catalog.licenses.get(release(catalog, ref)?.license ?? '');
  return license !== undefined && Object.values(license.clauses).every((clause) => clause.applies === 'unknown');
}

export function commercialUse(catalog: Catalog, ref: string): VerdictResult {
  const weights = weightsOf(catalog, ref);
  const terms = effectiveTerms(catalog, ref);
  const unread = unreadTerms(catalog, ref);

  const forbidding: Reason[] = [];
  if (weights === 'not-released') forbidding.push({ kind: 'weights', weights });
  for (const term of terms) {
    if (term.clause === 'non_commercial' && term.applies === true) forbidding.push({ kind: 'clause', term });
  }
  if (forbidding.length > 0) return { verdict: 'no', reasons: forbidding, unread };

  // An unconfirmed clause can only make the verdict more careful, never more permissive.
  const conditions = terms
    .filter(
      (term) =>
        CONDITIONAL_CLAUSES.includes(term.clause) || (term.applies === 'unknown' && term.clause === 'non_commercial'),
    )
    .map((term): Reason => ({ kind: 'clause', term }));
  return conditions.length > 0
    ? { verdict: 'conditional', reasons: conditions, unread }
    : { verdict: 'yes', reasons: [], unread };
}

export function allowedUses(catalog: Catalog, ref: string): Record<Use, UseResult> {
  const weights = weightsOf(catalog, ref);
  const terms = effectiveTerms(catalog, ref);
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

/**
 * The model outputs a release was trained on, each with its generator. Under the rule on /about/,
 * a service's terms bind whoever generated the data, not the model's users: they are told beside
 * the verdict and do not change it, unless the dataset's own license adopts them.
 */
export function dataCaveats(catalog: Catalog, ref: string): Caveat[] {
  const found = release(catalog, ref);
  if (!found) return [];
  const caveats: Caveat[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    const dataset = catalog.datasets.get(id);
    if (!dataset || seen.has(id)) return;
    seen.add(id);
    for (const generator of dataset.generated_by ?? []) caveats.push({ dataset: id, generator });
    for (const parent of dataset.derived_from ?? []) visit(parent);
  };
  for (const { dataset } of found.trainingData) visit(dataset);
  return caveats;
}
