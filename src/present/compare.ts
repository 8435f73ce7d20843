// The rows of the compare view, from the public API records of two to four models. Pure, so the
// browser script and the tests share it.
import type { ApiModel } from '../publish/api.ts';
import { formatNumber, formatParameters } from './format.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';
import { FILTER_LABELS, USE_LABELS, VERDICT_NAME } from './labels.ts';

export const MAX_COMPARED = 4;

export interface CompareRow {
  label: string;
  values: string[];
  /** True when the models do not all share the value. */
  differs: boolean;
}

const valueOrUnknown = <T>(value: T | null, show: (value: T) => string) => (value === null ? 'unknown' : show(value));

export function comparisonRows(models: readonly ApiModel[]): CompareRow[] {
  const row = (label: string, value: (model: ApiModel) => string): CompareRow => {
    const values = models.map(value);
    return { label, values, differs: new Set(values).size > 1 };
  };
  return [
    row('Organization', (m) => m.organization_name),
    row('Released', (m) => m.release_date),
    row('Parameters', (m) => valueOrUnknown(m.parameters, formatParameters)),
    row('Architecture', (m) => valueOrUnknown(m.architecture, String)),
    row('Context length', (m) => valueOrUnknown(m.context_length, formatNumber)),
    row('Training tokens', (m) => valueOrUnknown(m.training_tokens, formatNumber)),
    row('Base model', (m) => m.base_model ?? 'none'),
    row('License', (m) => m.license_name),
    row(`${VERDICT_NAME} verdict`, (m) => m.commercial_use),
    row('Why', (m) => m.commercial_use_reasons.join(' ') || '—'),
    row(
      'Variants under other terms',
      (m) =>
        m.variants
          .filter((variant) => variant.commercial_use !== m.commercial_use)
          .map((variant) => `${variant.name}: ${variant.commercial_use}`)
          .join('; ') || 'none',
    ),
    row('Caveats', (m) => m.caveats.join(' ') || 'none'),
    row('Weights', (m) => m.weights),
    ...USE_NAMES.map((use) =>
      row(`${FILTER_LABELS.allows}: ${USE_LABELS[use].label.toLowerCase()}`, (m) => (m.allows[use] ? 'yes' : 'no')),
    ),
    row('Openness score', (m) => m.openness_score.toFixed(2)),
    row('Openness Framework class', (m) => m.mof_class ?? 'none'),
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
