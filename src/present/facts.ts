// The fact rows of a model page: label, display text, internal link and source, so the page
// only renders a list.
import type { Model, SourcedField } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { formatNumber, formatParameters, formatTokens } from './format.ts';
import { WEIGHTS_LABELS } from './labels.ts';
import { licenseHref, modelHref, organizationHref } from '../site/urls.ts';

export interface FactRow {
  field: SourcedField | 'organization';
  label: string;
  text: string;
  /** An internal page the value links to. */
  href?: string;
  source?: string;
  unknown: boolean;
}

export function modelFacts(catalog: Catalog, model: Model): FactRow[] {
  const rows: FactRow[] = [];
  const add = (field: FactRow['field'], label: string, value: unknown, text: string, href?: string) => {
    if (value === undefined) return;
    const unknown = value === 'unknown';
    const source = field === 'organization' ? undefined : model.sources[field];
    rows.push({ field, label, text: unknown ? 'unknown' : text, href: unknown ? undefined : href, source, unknown });
  };
  const organization = catalog.organizations.get(model.organization);
  add(
    'organization',
    'Organization',
    model.organization,
    organization?.name ?? model.organization,
    organizationHref(model.organization),
  );
  add('release_date', 'Released', model.release_date, model.release_date);
  add('parameters', 'Parameters', model.parameters, formatParameters(model.parameters));
  add(
    'active_parameters',
    'Active parameters',
    model.active_parameters,
    formatParameters(model.active_parameters ?? 'unknown'),
  );
  add('architecture', 'Architecture', model.architecture, String(model.architecture));
  add(
    'context_length',
    'Context length',
    model.context_length,
    typeof model.context_length === 'number' ? `${formatNumber(model.context_length)} tokens` : '',
  );
  add(
    'training_tokens',
    'Training tokens',
    model.training_tokens,
    typeof model.training_tokens === 'number'
      ? `${formatTokens(model.training_tokens)} (${formatNumber(model.training_tokens)})`
      : '',
  );
  if (model.base_model) {
    add(
      'base_model',
      'Base model',
      model.base_model,
      catalog.models.get(model.base_model)?.name ?? model.base_model,
      modelHref(model.base_model),
    );
  }
  add('fine_tuning', 'Fine-tuning', model.fine_tuning, (model.fine_tuning ?? []).join(', '));
  add(
    'license',
    'License',
    model.license,
    catalog.licenses.get(model.license)?.name ?? model.license,
    licenseHref(model.license),
  );
  add('weights', 'Weights', model.weights, WEIGHTS_LABELS[model.weights]);
  return rows;
}
