// A license's clauses in plain words, each with its citation, for the license page.
import { CLAUSE_NAMES, type ClauseName, type License } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { CLAUSE_PHRASES } from './labels.ts';
import { clauseFigures } from './reasons.ts';

export interface ClauseRow {
  clause: ClauseName;
  applies: boolean | 'unknown';
  text: string;
  detail?: string;
  section?: string;
  /** Words copied from the cited text. */
  quote?: string;
  /** The clause's own citation, or the license text when the clause is absent from it. */
  source: string;
}

export function clauseRows(license: License): ClauseRow[] {
  return CLAUSE_NAMES.map((clause) => {
    const value = license.clauses[clause];
    return {
      clause,
      applies: value.applies,
      text: `${CLAUSE_PHRASES[clause]}${clauseFigures(clause, value)}`,
      detail: value.detail,
      section: value.section,
      quote: value.quote,
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
