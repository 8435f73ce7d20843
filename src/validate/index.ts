// The validator, run by `npm run validate` and by the build: reads content/, runs every rule in
// rules/ and reports every problem at once, one line each, sorted by file and line.
import type { Dataset, License, Model, Organization } from '../schema/index.ts';
import { makeCatalog, type Catalog } from '../data/catalog.ts';
import { readEntryFiles, type Collection, type EntryFile, type Problem } from '../data/entry-files.ts';
import type { CatalogRule, EntryRule } from './rule.ts';
import { RULES } from './rules/index.ts';

export type { Problem } from '../data/entry-files.ts';

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed every entry rule, for callers that go on to derive facts. */
  catalog: Catalog;
}

const ENTRY_RULES = RULES.filter((rule): rule is EntryRule => rule.scope === 'entry');
const CATALOG_RULES = RULES.filter((rule): rule is CatalogRule => rule.scope === 'catalog');

/** The entry rules' problems with one entry; a map that is not one stops the others. */
export function entryProblems(entry: EntryFile): Problem[] {
  const problems: Problem[] = [];
  for (const rule of ENTRY_RULES) {
    if (!rule.collections.includes(entry.collection)) continue;
    problems.push(...rule.check(entry));
    if (rule.name === 'fields-map' && problems.length > 0) break;
  }
  return problems;
}

export function validateContent(root: string): ValidationResult {
  const { entries, ids, problems } = readEntryFiles(root);
  const valid: Record<Collection, { id: string; data: unknown }[]> = {
    models: [],
    licenses: [],
    organizations: [],
    datasets: [],
  };
  for (const entry of entries) {
    const found = entryProblems(entry);
    problems.push(...found);
    // Problems in the prose do not keep the facts out of the catalog the other rules derive from.
    if (found.every((problem) => problem.path === 'body'))
      valid[entry.collection].push({ id: entry.id, data: entry.data });
  }
  const catalog = makeCatalog({
    models: valid.models as { id: string; data: Model }[],
    licenses: valid.licenses as { id: string; data: License }[],
    organizations: valid.organizations as { id: string; data: Organization }[],
    datasets: valid.datasets as { id: string; data: Dataset }[],
  });
  for (const rule of CATALOG_RULES) problems.push(...rule.check({ entries, ids, catalog }));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, catalog };
}
