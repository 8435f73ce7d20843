// A verdict's or a blocked use's reasons in words: which clause of which license, and the lineage
// step that brings it. One home for the wording, read by pages, the table's tips, the API and the
// validator's messages.
import type { ClauseName, License, Use } from '../schema/index.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import { release } from '../derive/releases.ts';
import type { Caveat, Origin, Reason, UseResult } from '../derive/terms.ts';
import type { Condition } from './conditions.ts';
import { capitalize, formatCount, formatRegions, formatUsd } from './format.ts';
import { CLAUSE_PHRASES, WEIGHTS_PHRASES } from './labels.ts';

const datasetName = (catalog: Catalog, id: string) => catalog.datasets.get(id)?.name ?? id;

/** The lineage step that brings a clause, for a reason's sentence: "" for the license itself. */
function originText(catalog: Catalog, origin: Origin): string {
  switch (origin.kind) {
    case 'license':
      return '';
    case 'training_data': {
      const via = origin.via === undefined ? '' : `, which copies it`;
      const through = origin.via === undefined ? origin.dataset : origin.via;
      return `, through its training data “${datasetName(catalog, through)}”${via ? ` (from “${datasetName(catalog, origin.dataset)}”)` : ''}`;
    }
    case 'base_model':
      return `, inherited from base model ${release(catalog, origin.model)?.name ?? origin.model}${originText(catalog, origin.origin)}`;
  }
}

type ClauseFacts = License['clauses'][ClauseName];

const COUNTED: Record<string, string> = {
  'month-before-release': ', counted in the month before the release',
  'any-month': '',
  unstated: '; the license does not say when users are counted',
};

/** A sentence fragment from an entry's free text: lower-case start, no closing full stop. */
const fragment = (text: string) => (text.charAt(0).toLowerCase() + text.slice(1)).replace(/[.\s]+$/u, '');

/**
 * A clause's figures in words, in one parenthesis after its phrase: its threshold with its unit,
 * its regions, its scope and its exception. "" when the entry gives none.
 */
export function clauseFigures(name: ClauseName, clause: ClauseFacts | undefined): string {
  if (!clause) return '';
  const parts: string[] = [];
  const revenue = (amount: number) => `${formatUsd(amount)} of revenue a ${clause.period ?? 'year'}`;
  if (name === 'user_threshold' && clause.value !== undefined) {
    parts.push(`${formatCount(clause.value)} monthly active users${COUNTED[clause.counted ?? 'any-month'] ?? ''}`);
  }
  if (name === 'revenue_threshold' && clause.value !== undefined) parts.push(revenue(clause.value));
  if (name === 'threshold_duty') {
    const above = [
      clause.users === undefined ? '' : `${formatCount(clause.users)} monthly active users`,
      clause.revenue === undefined ? '' : revenue(clause.revenue),
    ].filter(Boolean);
    const duty = clause.duty ? fragment(clause.duty) : '';
    if (above.length > 0) parts.push(`above ${above.join(' or ')}${duty ? `: ${duty}` : ''}`);
    else if (duty) parts.push(duty);
  }
  if (name === 'territorial_exclusion' && clause.regions) {
    const whom = clause.binds === 'licensees' ? 'to people and companies based' : 'for use';
    parts.push(`${whom} in ${formatRegions(clause.regions)}`);
  }
  if (clause.scope) parts.push(fragment(clause.scope));
  if (clause.exception) parts.push(`except ${fragment(clause.exception)}`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
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
  const figures = clauseFigures(term.clause, license?.clauses[term.clause]);
  // What unconfirmed means is told on /about/ and the license's page, not in every reason.
  const unconfirmed = term.applies === 'unknown' ? ' (unconfirmed)' : '';
  return {
    what: `${CLAUSE_PHRASES[term.clause]}${figures}${unconfirmed}`,
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

/**
 * When a clause that applies binds a given user: above its number of users or revenue, or in its
 * regions. None for a clause that binds everyone, or one whose entry gives no number.
 */
export function conditionOf(catalog: Catalog, reason: Reason): Condition | undefined {
  if (reason.kind !== 'clause' || reason.term.applies !== true) return undefined;
  const clause = catalog.licenses.get(reason.term.license)?.clauses[reason.term.clause];
  if (!clause) return undefined;
  switch (reason.term.clause) {
    case 'user_threshold':
      return clause.value === undefined
        ? undefined
        : { kind: 'users', above: clause.value, counted: clause.counted ?? 'unstated' };
    case 'revenue_threshold':
      return clause.value === undefined
        ? undefined
        : { kind: 'revenue', above: clause.value, period: clause.period ?? 'year' };
    case 'threshold_duty':
      if (clause.users === undefined && clause.revenue === undefined) return undefined;
      return { kind: 'duty', users: clause.users, revenue: clause.revenue, period: clause.period };
    case 'territorial_exclusion':
      return clause.regions ? { kind: 'region', regions: clause.regions } : undefined;
    default:
      return undefined;
  }
}

/** A reason that blocks one or more uses, told once, with the uses it blocks. */
export interface BlockingReason extends ReasonParts {
  uses: Use[];
  /** When it binds a user with given numbers; absent when it binds everyone. */
  condition?: Condition;
}

/** The reasons a model's terms block uses, each told once with every use it blocks, in use order. */
export function blockingReasons(catalog: Catalog, allows: Record<Use, UseResult>): BlockingReason[] {
  const byText = new Map<string, BlockingReason>();
  for (const use of USE_NAMES) {
    for (const reason of allows[use].blockedBy) {
      const key = describeReason(catalog, reason);
      const condition = conditionOf(catalog, reason);
      const entry = byText.get(key) ?? {
        uses: [],
        ...reasonParts(catalog, reason),
        ...(condition ? { condition } : {}),
      };
      if (!entry.uses.includes(use)) entry.uses.push(use);
      byText.set(key, entry);
    }
  }
  return [...byText.values()];
}

/**
 * Model output in a release's training data, in one sentence: the generator, its terms, and that
 * those terms bind whoever generated the data rather than the model's users.
 */
export function describeCaveat(catalog: Catalog, { dataset, generator }: Caveat): string {
  const termsId = generator.terms ?? (generator.model ? catalog.models.get(generator.model)?.license : undefined);
  const terms = termsId === undefined ? undefined : catalog.licenses.get(termsId);
  const subject = `Trained on outputs of ${generator.name} (“${datasetName(catalog, dataset)}”).`;
  if (!terms) return `${subject} The terms of its outputs are not on file.`;
  const said =
    terms.clauses.output_training_ban.applies === true
      ? `${terms.name} say ${CLAUSE_PHRASES.output_training_ban}`
      : `Its outputs are under ${terms.name}`;
  return `${subject} ${said}; such terms bind whoever generated the data, not this model's users, and do not change its verdict.`;
}
