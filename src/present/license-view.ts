// A license's clauses in plain words, each with its citation, for the license page.
import { CLAUSE_NAMES, type ClauseName, type License } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { formatNumber } from './format.ts';
import { CLAUSE_PHRASES } from './labels.ts';

export interface ClauseRow {
  clause: ClauseName;
  applies: boolean | 'unknown';
  text: string;
  detail?: string;
  section?: string;
  /** The clause's own citation, or the license text when the clause is absent from it. */
  source: string;
}

export function clauseRows(license: License): ClauseRow[] {
  return CLAUSE_NAMES.map((clause) => {
    const value = license.clauses[clause];
    const threshold = value.value === undefined ? '' : ` (${formatNumber(value.value)})`;
    return {
      clause,
      applies: value.applies,
      text: `${CLAUSE_PHRASES[clause]}${threshold}`,
      detail: value.detail,
      section: value.section,
      source: value.source ?? license.url,
    };
  });
}

/** The models whose main weights use a license, and those with only a variant under it, by id. */
export function licenseUsers(catalog: Catalog, id: string): { main: string[]; variantsOnly: string[] } {
  const main: string[] = [];
  const variantsOnly: string[] = [];
  for (const [modelId, model] of catalog.models) {
    if (model.license === id) main.push(modelId);
    else if (model.variants?.some((variant) => variant.license === id)) variantsOnly.push(modelId);
  }
  return { main: main.sort(), variantsOnly: variantsOnly.sort() };
}
