// The rows of the compare view, from the public API records of two to four models. Pure, so the
// browser script and the tests share it.
import type { ApiModel } from '../publish/api.ts';
import type { Architecture, Verdict } from '../schema/vocabulary.ts';
import { capitalize, formatNumber, formatParameters, formatTokens } from './format.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import {
  ARCHITECTURE_LABELS,
  FILTER_LABELS,
  NO_MOF_CLASS,
  USE_LABELS,
  USE_STATUS,
  VERDICT_NAME,
  WEIGHTS_LABELS,
  verdictText,
} from './labels.ts';
import { licenseHref, modelHref, organizationHref, releaseHref } from '../site/urls.ts';

export const MAX_COMPARED = 4;

/** One model's value in a row: its words, and how they are shown. */
export interface CompareCell {
  /** The value in words: what the cell says, and what decides whether the models differ. */
  text: string;
  /** An internal page the value links to. */
  href?: string;
  /** A verdict, shown as its coloured label. */
  verdict?: Verdict;
  /** The exact value, where the text rounds it. */
  title?: string;
}

export interface CompareRow {
  label: string;
  cells: CompareCell[];
  /** True when the models do not all share the value. */
  differs: boolean;
}

const text = (value: string): CompareCell => ({ text: value });
const orUnknown = <T>(value: T | null, show: (value: T) => CompareCell) =>
  value === null ? text('unknown') : show(value);

/** A base model by name, linked to its page or its variant's section; the id when it is not known here. */
function baseModelCell(ref: string | null, known: ReadonlyMap<string, ApiModel>): CompareCell {
  if (ref === null) return text('None in the atlas');
  const [modelId = '', variantId] = ref.split('/');
  const base = known.get(modelId);
  if (!base) return text(ref);
  if (variantId === undefined) return { text: base.name, href: modelHref(modelId) };
  const variant = base.variants.find((candidate) => candidate.id === variantId);
  return { text: variant?.name ?? ref, href: releaseHref(modelId, variantId) };
}

/**
 * `known` holds every model the reader could pick, so a base model outside the comparison is
 * still named and linked.
 */
export function comparisonRows(
  models: readonly ApiModel[],
  known: ReadonlyMap<string, ApiModel> = new Map(),
): CompareRow[] {
  const row = (label: string, cell: (model: ApiModel) => CompareCell): CompareRow => {
    const cells = models.map(cell);
    return { label, cells, differs: new Set(cells.map((one) => one.text)).size > 1 };
  };
  return [
    row('Organization', (m) => ({ text: m.organization_name, href: organizationHref(m.organization) })),
    row('Released', (m) => text(m.release_date)),
    row('Parameters', (m) => orUnknown(m.parameters, (sizes) => text(formatParameters(sizes)))),
    row('Architecture', (m) =>
      orUnknown(m.architecture, (value) => text(ARCHITECTURE_LABELS[value as Architecture] ?? value)),
    ),
    row('Context length', (m) => orUnknown(m.context_length, (tokens) => text(`${formatNumber(tokens)} tokens`))),
    row('Training tokens', (m) =>
      orUnknown(m.training_tokens, (tokens) => ({ text: formatTokens(tokens), title: formatNumber(tokens) })),
    ),
    row('Base model', (m) => baseModelCell(m.base_model, known)),
    row('License', (m) => ({ text: m.license_name, href: licenseHref(m.license) })),
    row(`${VERDICT_NAME} verdict`, (m) => ({
      text: verdictText(m.commercial_use, m.terms_unread),
      verdict: m.commercial_use,
    })),
    row('Why', (m) => text(m.commercial_use_reasons.join(' ') || '—')),
    row('Variants under other terms', (m) =>
      text(
        m.variants
          .filter((variant) => variant.commercial_use !== m.commercial_use)
          .map((variant) => `${variant.name}: ${verdictText(variant.commercial_use, variant.terms_unread)}`)
          .join('; ') || '—',
      ),
    ),
    row('Caveats', (m) => text(m.caveats.join(' ') || '—')),
    row('Weights', (m) => text(WEIGHTS_LABELS[m.weights])),
    ...USE_NAMES.map((use) =>
      row(`${FILTER_LABELS.allows}: ${USE_LABELS[use].label.toLowerCase()}`, (m) =>
        text(capitalize(m.allows[use] ? USE_STATUS.allowed : USE_STATUS.blocked)),
      ),
    ),
    row('Openness score', (m) => text(m.openness_score.toFixed(2))),
    row('Openness Framework class', (m) => text(m.mof_class ?? NO_MOF_CLASS)),
  ];
}

/** The ids asked for, split into those that exist (at most four, in order) and the rest. */
export function selectModels(
  requested: string,
  known: ReadonlySet<string>,
): { ids: string[]; unknown: string[]; dropped: string[] } {
  const asked = [
    ...new Set(
      requested
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const valid = asked.filter((id) => known.has(id));
  return {
    ids: valid.slice(0, MAX_COMPARED),
    unknown: asked.filter((id) => !known.has(id)),
    dropped: valid.slice(MAX_COMPARED),
  };
}
