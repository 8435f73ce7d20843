// A verdict's or a blocked use's reasons in words: which clause of which license, and the lineage
// step that brings it. One home for the wording, read by pages, the table's tips, the API and the
// validator's messages.
import type { Use } from '../schema/vocabulary.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { Origin, Reason, UseResult } from '../derive/terms.ts';
import { capitalize, formatNumber } from './format.ts';
import { CLAUSE_PHRASES, WEIGHTS_PHRASES } from './labels.ts';

function originText(catalog: Catalog, origin: Origin): string {
  switch (origin.kind) {
    case 'license':
      return '';
    case 'training_data':
      return `, through its training data “${origin.dataset}”`;
    case 'base_model':
      return `, inherited from base model ${catalog.models.get(origin.model)?.name ?? origin.model}${originText(catalog, origin.origin)}`;
  }
}

/** A reason in parts, so a page can link the license by its name: "<what>: <license><origin>." */
export interface ReasonParts {
  /** The clause (with its number, if any) or the weights' access, in lower case. */
  what: string;
  /** The license whose clause it is; null for the weights' access. */
  license: { id: string; name: string } | null;
  /** The lineage step that brings the clause (", inherited from base model …"), or "". */
  origin: string;
}

export function reasonParts(catalog: Catalog, reason: Reason): ReasonParts {
  if (reason.kind === 'weights') return { what: WEIGHTS_PHRASES[reason.weights], license: null, origin: '' };
  const { term } = reason;
  const license = catalog.licenses.get(term.license);
  const clause = license?.clauses[term.clause];
  const value = clause?.value === undefined ? '' : ` (${formatNumber(clause.value)})`;
  // What unconfirmed means is told on /about/ and the license's page, not in every reason.
  const unconfirmed = term.applies === 'unknown' ? ' (unconfirmed)' : '';
  return {
    what: `${CLAUSE_PHRASES[term.clause]}${value}${unconfirmed}`,
    license: { id: term.license, name: license?.name ?? term.license },
    origin: originText(catalog, term.origin),
  };
}

/** One sentence naming the clause, its license and the lineage step that brings it. */
export function describeReason(catalog: Catalog, reason: Reason): string {
  const { what, license, origin } = reasonParts(catalog, reason);
  return license ? `${capitalize(what)}: ${license.name}${origin}.` : `${capitalize(what)}.`;
}

/**
 * A verdict's reasons in short form, for the table's tip: one sentence per license and lineage
 * step with its clauses joined, so a license named once covers all its clauses. The model page
 * gives each reason in full (describeReason).
 */
export function summarizeReasons(catalog: Catalog, reasons: readonly Reason[]): string[] {
  const bySource = new Map<string, string[]>();
  for (const reason of reasons) {
    const { what, license, origin } = reasonParts(catalog, reason);
    // The weights' access has no license: it stands alone, as its own sentence.
    const source = license ? `${license.name}${origin}` : '';
    const clauses = bySource.get(source) ?? [];
    if (!clauses.includes(what)) clauses.push(what);
    bySource.set(source, clauses);
  }
  return [...bySource].flatMap(([source, clauses]) =>
    source === '' ? clauses.map((what) => `${capitalize(what)}.`) : [`${source}: ${clauses.join('; ')}.`],
  );
}

/** A reason that blocks one or more uses, told once, with the uses it blocks. */
export interface BlockingReason extends ReasonParts {
  uses: Use[];
}

/** The reasons a model's terms block uses, each told once with every use it blocks, in use order. */
export function blockingReasons(catalog: Catalog, allows: Record<Use, UseResult>): BlockingReason[] {
  const byText = new Map<string, BlockingReason>();
  for (const use of USE_NAMES) {
    for (const reason of allows[use].blockedBy) {
      const key = describeReason(catalog, reason);
      const entry = byText.get(key) ?? { uses: [], ...reasonParts(catalog, reason) };
      if (!entry.uses.includes(use)) entry.uses.push(use);
      byText.set(key, entry);
    }
  }
  return [...byText.values()];
}
