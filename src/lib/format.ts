// Plain-words text for derived facts, shared by pages, badges and the API.
import type { ClauseName, WeightsAccess } from '../schema/index.ts';
import type { Catalog } from './catalog.ts';
import { USE_NAMES, type Origin, type Reason, type Use, type UseResult } from './terms.ts';

export const CLAUSE_PHRASES: Record<ClauseName, string> = {
  non_commercial: 'non-commercial use only',
  user_threshold: 'a separate license is needed above a user threshold',
  revenue_threshold: 'free commercial use only below a revenue threshold',
  royalty: 'royalties are due for some commercial use',
  use_restrictions: 'a list of forbidden uses binds every user',
  output_training_ban: 'outputs may not be used to train other models',
  hosting_restriction: 'offering it as a hosted service needs another license',
  registration_required: 'you must register or apply to get the weights',
  naming_requirement: 'derivatives must follow a naming rule',
  attribution: 'credit the licensor and keep notices',
  share_alike: 'derivatives must use the same license',
  derivatives_inherit: 'fine-tunes stay bound by these terms',
};

export const WEIGHTS_PHRASES: Record<WeightsAccess, string> = {
  open: 'weights can be downloaded without a gate',
  gated: 'weights are gated: accept terms on the hub to download',
  'on-request': 'weights are given only on request',
  leaked: 'weights were never officially released',
  'not-released': 'weights are not released',
};

export const WEIGHTS_LABELS: Record<WeightsAccess, string> = {
  open: 'Open',
  gated: 'Gated',
  'on-request': 'On request',
  leaked: 'Leaked',
  'not-released': 'Not released',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
  return [...bySource].flatMap(([source, clauses]) => (source === '' ? clauses.map((what) => `${capitalize(what)}.`) : [`${source}: ${clauses.join('; ')}.`]));
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** "7B, 13B, 70B"; sizes under a billion in millions ("125M"). */
export function formatParameters(sizes: readonly number[] | 'unknown'): string {
  if (sizes === 'unknown') return 'unknown';
  return sizes.map(formatSize).join(', ');
}

export function formatSize(billions: number): string {
  if (billions < 1) return `${Math.round(billions * 1000)}M`;
  return `${Number(billions.toPrecision(4))}B`;
}

/** "2.0T tokens" style count; exact number kept for the title attribute by the caller. */
export function formatTokens(tokens: number | 'unknown'): string {
  if (tokens === 'unknown') return 'unknown';
  if (tokens >= 1e12) return `${Number((tokens / 1e12).toPrecision(3))}T`;
  if (tokens >= 1e9) return `${Number((tokens / 1e9).toPrecision(3))}B`;
  return formatNumber(tokens);
}

/** Cuts text to a length, ending in an ellipsis, for labels in pictures and images. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
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
