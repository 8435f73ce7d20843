// How strong the data is, per entry and overall: how many facts are stated with a source or left
// unknown, how many license clauses are unconfirmed, how many sources are pinned to a commit, and
// how long ago each entry was last checked. Read by `npm run data-report`; it never fails a build.
import {
  CLAUSE_NAMES,
  SOURCED_FIELDS,
  VARIANT_SOURCED_FIELDS,
  type Dataset,
  type License,
  type Model,
} from '../schema/index.ts';
import { OPENNESS_COMPONENT_NAMES } from '../schema/model.ts';
import type { Catalog } from '../data/catalog.ts';
import { walkValues } from '../data/walk.ts';

export interface Counts {
  /** Facts given a value (not unknown). */
  stated: number;
  /** Of those, the ones with a source. */
  sourced: number;
  /** Facts or clauses recorded as unknown. */
  unknown: number;
  /** Every source URL in the entry. */
  sources: number;
  /** Of those, the ones pinned to a commit, so they keep showing what was read. */
  pinned: number;
}

export interface EntryQuality extends Counts {
  file: string;
  lastVerified: string;
}

// A URL that names a commit: /blob/<sha>/, /tree/<sha>/, /raw/<sha>/, /resolve/<sha>/ or /commit/<sha>.
const PINNED = /\/(?:blob|tree|raw|resolve|commit|blame)\/[0-9a-f]{7,40}(?:[/#?]|$)/u;
export const isPinned = (url: string) => PINNED.test(url);

const empty = (): Counts => ({ stated: 0, sourced: 0, unknown: 0, sources: 0, pinned: 0 });

/** One fact: unknown, or stated with or without its source. */
function countFact(counts: Counts, value: unknown, source: string | undefined): void {
  if (value === undefined) return;
  if (value === 'unknown') counts.unknown += 1;
  else {
    counts.stated += 1;
    if (source) counts.sourced += 1;
  }
}

/** Every source an entry cites: values under `sources`, `source` and `url` fields. */
function countSources(counts: Counts, data: unknown): void {
  walkValues(data, (value, path) => {
    if (typeof value !== 'string' || !value.startsWith('https://')) return;
    const key = path.at(-1);
    if (!path.includes('sources') && key !== 'source' && key !== 'url') return;
    counts.sources += 1;
    if (isPinned(value)) counts.pinned += 1;
  });
}

function modelCounts(model: Model): Counts {
  const counts = empty();
  for (const field of SOURCED_FIELDS) countFact(counts, model[field], model.sources[field]);
  for (const name of OPENNESS_COMPONENT_NAMES) {
    const rating = model.openness[name];
    countFact(counts, rating.level === 'unknown' ? 'unknown' : rating.level, rating.source);
  }
  for (const variant of model.variants ?? []) {
    for (const field of VARIANT_SOURCED_FIELDS) countFact(counts, variant[field], variant.sources[field]);
  }
  countSources(counts, model);
  return counts;
}

function licenseCounts(license: License): Counts {
  const counts = empty();
  for (const name of CLAUSE_NAMES) {
    const clause = license.clauses[name];
    countFact(counts, clause.applies, clause.source);
  }
  countSources(counts, license);
  return counts;
}

function datasetCounts(dataset: Dataset): Counts {
  const counts = empty();
  countFact(counts, dataset.license, dataset.sources.license);
  countFact(counts, dataset.binding, dataset.sources.binding);
  countFact(counts, dataset.derived_from, dataset.sources.derived_from);
  countFact(counts, dataset.generated_by, dataset.sources.generated_by);
  countSources(counts, dataset);
  return counts;
}

/** Every model, license and dataset, each with its counts, in file order. */
export function entryQuality(catalog: Catalog): EntryQuality[] {
  const rows: EntryQuality[] = [];
  for (const [id, model] of catalog.models)
    rows.push({ file: `content/models/${id}.md`, lastVerified: model.last_verified, ...modelCounts(model) });
  for (const [id, license] of catalog.licenses)
    rows.push({ file: `content/licenses/${id}.yaml`, lastVerified: license.last_verified, ...licenseCounts(license) });
  for (const [id, dataset] of catalog.datasets)
    rows.push({ file: `content/datasets/${id}.yaml`, lastVerified: dataset.last_verified, ...datasetCounts(dataset) });
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}

/** The counts of all entries together, and the oldest check. */
export function overallQuality(rows: readonly EntryQuality[]): Counts & { oldest: EntryQuality | undefined } {
  const total = empty();
  let oldest: EntryQuality | undefined;
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += row[key];
    if (!oldest || row.lastVerified < oldest.lastVerified) oldest = row;
  }
  return { ...total, oldest };
}

/** Weakest first: most unknowns, then the smallest share of pinned sources. */
export function weakestFirst(rows: readonly EntryQuality[]): EntryQuality[] {
  const pinnedShare = (row: EntryQuality) => (row.sources === 0 ? 1 : row.pinned / row.sources);
  return [...rows].sort(
    (a, b) => b.unknown - a.unknown || pinnedShare(a) - pinnedShare(b) || a.file.localeCompare(b.file),
  );
}
