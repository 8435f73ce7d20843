// The CSV export: RFC 4180 quoting by csv-stringify, and no cell a spreadsheet would run as a
// formula (OWASP "CSV injection": a leading =, +, -, @, tab or carriage return).
import { stringify } from 'csv-stringify/sync';
import type { ApiModel } from './api.ts';
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
] as const;

/** Empty for null; lists joined by ";"; booleans as true/false. */
export function csvRow(model: ApiModel): string[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
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
  } as Record<(typeof CSV_COLUMNS)[number], unknown>;
  return CSV_COLUMNS.map((column) =>
    neutralizeFormula(cells[column] === null || cells[column] === undefined ? '' : String(cells[column])),
  );
}

export function modelsCsv(models: readonly ApiModel[]): string {
  return stringify([[...CSV_COLUMNS], ...models.map(csvRow)], { record_delimiter: '\r\n' });
}
