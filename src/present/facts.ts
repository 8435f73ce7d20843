// The fact rows of a model page: label, display text, internal link and source, so the page
// only renders a list.
import type { Model, SourcedField } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { formatNumber, formatParameters, formatTokens } from './format.ts';
import { ARCHITECTURE_LABELS, FINE_TUNING_LABELS, MODALITY_LABELS, WEIGHTS_LABELS } from './labels.ts';
import { release, splitRef, type Release } from '../derive/releases.ts';
import type { DerivedModel } from '../derive/model.ts';
import { licenseHref, modelHref, organizationHref, releaseHref } from '../site/urls.ts';

/** A base model's page, or its variant's section. */
const baseHref = (ref: string) => {
  const { modelId, variantId } = splitRef(ref);
  return variantId ? releaseHref(modelId, variantId) : modelHref(modelId);
};

export interface FactRow {
  field: SourcedField | 'organization';
  label: string;
  text: string;
  /** An internal page the value links to. */
  href?: string;
  source?: string;
  unknown: boolean;
}

/** The facts a model or a variant may set, each read with its source. */
type FactFields = Partial<
  Pick<
    Model,
    | 'release_date'
    | 'parameters'
    | 'active_parameters'
    | 'architecture'
    | 'modalities'
    | 'context_length'
    | 'training_tokens'
    | 'base_model'
    | 'fine_tuning'
    | 'license'
    | 'weights'
  >
>;

/** One row per fact present, in the page's order. */
function factRows(
  catalog: Catalog,
  facts: FactFields,
  sources: Partial<Record<SourcedField, string>>,
  licenseVersion: string | undefined,
): FactRow[] {
  const rows: FactRow[] = [];
  const add = (field: SourcedField, label: string, value: unknown, text: string, href?: string) => {
    if (value === undefined) return;
    const unknown = value === 'unknown';
    rows.push({
      field,
      label,
      text: unknown ? 'unknown' : text,
      href: unknown ? undefined : href,
      source: sources[field],
      unknown,
    });
  };
  add('release_date', 'Released', facts.release_date, facts.release_date ?? '');
  add('parameters', 'Parameters', facts.parameters, formatParameters(facts.parameters ?? 'unknown'));
  add(
    'active_parameters',
    'Active parameters',
    facts.active_parameters,
    formatParameters(facts.active_parameters ?? 'unknown'),
  );
  add(
    'architecture',
    'Architecture',
    facts.architecture,
    facts.architecture && facts.architecture !== 'unknown' ? ARCHITECTURE_LABELS[facts.architecture] : '',
  );
  add(
    'modalities',
    'Input',
    facts.modalities,
    (facts.modalities ?? []).map((kind) => MODALITY_LABELS[kind]).join(', '),
  );
  add(
    'context_length',
    'Context length',
    facts.context_length,
    typeof facts.context_length === 'number' ? `${formatNumber(facts.context_length)} tokens` : '',
  );
  add(
    'training_tokens',
    'Training tokens',
    facts.training_tokens,
    typeof facts.training_tokens === 'number' ? `${formatTokens(facts.training_tokens)} tokens` : '',
  );
  if (facts.base_model) {
    const name = release(catalog, facts.base_model)?.name ?? facts.base_model;
    add('base_model', 'Base model', facts.base_model, name, baseHref(facts.base_model));
  }
  add(
    'fine_tuning',
    'Fine-tuning',
    facts.fine_tuning,
    (facts.fine_tuning ?? []).map((method) => FINE_TUNING_LABELS[method]).join(', '),
  );
  if (facts.license) {
    const name = catalog.licenses.get(facts.license)?.name ?? facts.license;
    const text = licenseVersion ? `${name} (version ${licenseVersion})` : name;
    add('license', 'License', facts.license, text, licenseHref(facts.license));
  }
  if (facts.weights) add('weights', 'Weights', facts.weights, WEIGHTS_LABELS[facts.weights]);
  return rows;
}

export function modelFacts(catalog: Catalog, main: DerivedModel): FactRow[] {
  const { model } = main;
  const organization = catalog.organizations.get(model.organization);
  return [
    {
      field: 'organization',
      label: 'Organization',
      text: organization?.name ?? model.organization,
      href: organizationHref(model.organization),
      unknown: false,
    },
    ...factRows(catalog, model, model.sources, main.releases[0]?.licenseVersion),
  ];
}

/** The facts a variant sets for itself, each with its own source; the rest are its model's. */
export function variantFacts(catalog: Catalog, variant: Release): FactRow[] {
  const own = variant.variant!;
  return factRows(catalog, own, own.sources, variant.licenseVersion);
}
