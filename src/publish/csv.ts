// The CSV export: RFC 4180 quoting by csv-stringify, and no cell a spreadsheet would run as a
// formula (OWASP "CSV injection": a leading =, +, -, @, tab or carriage return).
import { stringify } from 'csv-stringify/sync';
import type { ApiModel } from './api.ts';
import type { ApiVariant } from '../schema/api.ts';
import { USE_NAMES } from '../schema/vocabulary.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'organization',
  'release_date',
  'parameters',
  'architecture',
  'context_length',
  'training_tokens',
  'license',
  'spdx',
  'license_category',
  'commercial_use',
  'weights',
  'base_model',
  'openness_score',
  'mof_class',
  ...USE_NAMES.map((use) => `allows_${use}`),
  'url',
  'variant',
  'verdict_varies',
  'hf',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Empty for null; lists joined by ";"; booleans as true/false. */
function cellsOf(cells: Record<Column, unknown>): string[] {
  return CSV_COLUMNS.map((column) =>
    neutralizeFormula(cells[column] === null || cells[column] === undefined ? '' : String(cells[column])),
  );
}

/** A model's row: its main weights. */
function modelCells(model: ApiModel): Record<Column, unknown> {
  return {
    id: model.id,
    name: model.name,
    organization: model.organization,
    release_date: model.release_date,
    parameters: model.parameters?.join(';'),
    architecture: model.architecture,
    context_length: model.context_length,
    training_tokens: model.training_tokens,
    license: model.license,
    spdx: model.spdx,
    license_category: model.license_category,
    commercial_use: model.commercial_use,
    weights: model.weights,
    base_model: model.base_model,
    openness_score: model.openness_score,
    mof_class: model.mof_class,
    ...Object.fromEntries(USE_NAMES.map((use) => [`allows_${use}`, model.allows[use]])),
    url: model.url,
    variant: '',
    verdict_varies: model.verdict_varies,
    hf: model.hf.join(';'),
  } as Record<Column, unknown>;
}

/** A variant's row: the model's facts with the variant's own in their place. */
function variantCells(model: ApiModel, variant: ApiVariant): Record<Column, unknown> {
  return {
    ...modelCells(model),
    name: variant.name,
    release_date: variant.release_date,
    parameters: variant.parameters?.join(';'),
    architecture: variant.architecture,
    context_length: variant.context_length,
    license: variant.license,
    spdx: variant.spdx,
    license_category: variant.license_category,
    commercial_use: variant.commercial_use,
    weights: variant.weights,
    base_model: variant.base_model,
    ...Object.fromEntries(USE_NAMES.map((use) => [`allows_${use}`, variant.allows[use]])),
    url: variant.url,
    variant: variant.id,
    verdict_varies: '',
    hf: variant.hf.join(';'),
  };
}

/** One row per model, each followed by a row per variant. */
export function modelsCsv(models: readonly ApiModel[]): string {
  const rows = models.flatMap((model) => [
    cellsOf(modelCells(model)),
    ...model.variants.map((variant) => cellsOf(variantCells(model, variant))),
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}
