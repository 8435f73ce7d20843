// The comparison table's rows and filter options, computed once at build time. The page renders
// them; the browser script reads the data attributes they become.
import type { LicenseCategory, Use, Verdict, WeightsAccess } from '../schema/vocabulary.ts';
import { LICENSE_CATEGORIES, USE_NAMES, VERDICTS, WEIGHTS_ACCESS } from '../schema/vocabulary.ts';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { formatNumber, formatParameters } from './format.ts';
import { CATEGORY_LABELS, USE_LABELS, VERDICT_LABELS, WEIGHTS_LABELS } from './labels.ts';
import { summarizeReasons } from './reasons.ts';
import {
  applyFilters,
  EMPTY_STATE,
  searchText,
  type ListFilter,
  type ReleaseFacts,
  type RowFacts,
} from './table-state.ts';
import { licenseHref, modelHref, modelVerdictHref, organizationHref, releaseHref } from '../site/urls.ts';

/** The id of the home page's form that takes the rows the reader ticks to /compare/. */
export const COMPARE_FORM = 'compare-picked';

export interface TableRow {
  id: string;
  name: string;
  href: string;
  organization: { id: string; name: string; href: string };
  parameters: string;
  sizes: readonly number[] | null;
  releaseDate: string;
  license: { id: string; name: string; href: string; category: LicenseCategory };
  commercial: Verdict;
  /** The verdict rests on a license whose every clause is unconfirmed ("terms unread"). */
  unread: boolean;
  /** Where a conditional or no verdict's reasons are told, in full and in short; null for yes. */
  reasons: { href: string; describedBy: string } | null;
  weights: WeightsAccess;
  openness: number;
  contextLength: string;
  allows: Use[];
  summary: string;
  /** Other names a reader may search for: the variants' names and every Hugging Face id, space-separated. */
  aliases: string;
  /** The context length as a number, for sorting; null when unknown. */
  contextTokens: number | null;
  /** Variants whose verdict is not the main weights', by verdict, each naming where its terms are told. */
  splits: { verdict: Verdict; names: string[]; href: string; unread: boolean }[];
  /** What the table's script filters each variant by (`data-variants`); empty without variants. */
  variants: ReleaseFacts[];
}

/** A verdict's reasons in short form, told once in the page for every row that shares them. */
export interface VerdictReasons {
  id: string;
  text: string;
}

export interface ComparisonTable {
  rows: TableRow[];
  reasons: VerdictReasons[];
}

/**
 * The table's rows, and each distinct set of verdict reasons once: many models share their terms,
 * and a row that carried its reasons' text would make the page several times longer to read in.
 */
export function comparisonTable(catalog: Catalog, models: readonly DerivedModel[]): ComparisonTable {
  const reasonsByText = new Map<string, VerdictReasons>();
  const reasonsIdOf = (text: string): string | null => {
    if (text === '') return null;
    let entry = reasonsByText.get(text);
    if (!entry) {
      entry = { id: `why-${reasonsByText.size + 1}`, text };
      reasonsByText.set(text, entry);
    }
    return entry.id;
  };
  const rows = models.map((derived) => {
    const { id, model, commercial, allows, openness } = derived;
    const organization = catalog.organizations.get(model.organization);
    const license = catalog.licenses.get(model.license);
    const sizes = model.parameters === 'unknown' ? null : model.parameters;
    const context = model.context_length === 'unknown' ? null : model.context_length;
    const row: TableRow = {
      id,
      name: model.name,
      href: modelHref(id),
      organization: {
        id: model.organization,
        name: organization?.name ?? model.organization,
        href: organizationHref(model.organization),
      },
      parameters: formatParameters(familySizes(derived)),
      sizes,
      releaseDate: model.release_date,
      license: {
        id: model.license,
        name: license?.name ?? model.license,
        href: licenseHref(model.license),
        category: license?.category ?? 'proprietary',
      },
      commercial: commercial.verdict,
      unread: commercial.unread,
      reasons: null,
      weights: model.weights,
      openness: openness.score,
      contextLength: context === null ? 'unknown' : formatNumber(context),
      allows: USE_NAMES.filter((use) => allows[use].allowed),
      summary: model.summary,
      aliases: aliases(derived),
      contextTokens: context,
      splits: verdictSplits(derived),
      variants: derived.variants.map((variant) => ({
        commercial: variant.commercial.verdict,
        license: variant.license,
        category: catalog.licenses.get(variant.license)?.category ?? 'proprietary',
        weights: variant.weights,
        sizes: variant.parameters === 'unknown' ? null : variant.parameters,
        allows: USE_NAMES.filter((use) => variant.allows[use].allowed),
      })),
    };
    const describedBy = reasonsIdOf(summarizeReasons(catalog, commercial.reasons).join(' '));
    if (describedBy) row.reasons = { href: modelVerdictHref(id), describedBy };
    return row;
  });
  return { rows, reasons: [...reasonsByText.values()] };
}

/** The names a row answers to besides its own: its variants' names and the Hugging Face ids of every release. */
function aliases({ releases, variants }: DerivedModel): string {
  return [...variants.map((variant) => variant.name), ...releases.flatMap((release) => release.hf)].join(' ');
}

/** Every size of a model's family, main weights and variants, in order; unknown when none is known. */
function familySizes({ model, variants }: DerivedModel): readonly number[] | 'unknown' {
  const sizes = new Set<number>();
  for (const release of [model.parameters, ...variants.map((variant) => variant.parameters)]) {
    if (release !== 'unknown') for (const size of release) sizes.add(size);
  }
  return sizes.size === 0 ? 'unknown' : [...sizes].sort((a, b) => a - b);
}

/** The variants whose verdict differs from the main weights', grouped by verdict in verdict order. */
function verdictSplits({ id, commercial, variants }: DerivedModel): TableRow['splits'] {
  return VERDICTS.filter((verdict) => verdict !== commercial.verdict).flatMap((verdict) => {
    const differing = variants.filter((variant) => variant.commercial.verdict === verdict);
    if (differing.length === 0) return [];
    return [
      {
        verdict,
        names: differing.map((variant) => variant.name),
        href: releaseHref(id, differing[0]!.variant!.id),
        unread: differing.every((variant) => variant.commercial.unread),
      },
    ];
  });
}

export interface FilterOption {
  value: string;
  label: string;
  /** A license's category: the rows name their license only, and the script finds its category here. */
  category?: LicenseCategory;
}

/** The choices of each list filter, in the order the URL writes them. */
export function filterOptions(catalog: Catalog, rows: readonly TableRow[]): Record<ListFilter, FilterOption[]> {
  const used = <T extends string>(values: Iterable<T>) => new Set(values);
  // A variant's license is an option too: filtering by it finds the model with that variant.
  const licenses = used(rows.flatMap((row) => [row.license.id, ...row.variants.map((variant) => variant.license)]));
  const organizations = used(rows.map((row) => row.organization.id));
  const categoryOf = (id: string) => catalog.licenses.get(id)?.category ?? 'proprietary';
  return {
    commercial: VERDICTS.map((value) => ({ value, label: VERDICT_LABELS[value] })),
    // Licenses by category, then by name: the panel lists them under their category's heading.
    license: byLabel(
      [...licenses].map((value) => ({
        value,
        label: catalog.licenses.get(value)?.name ?? value,
        category: categoryOf(value),
      })),
    ).sort((a, b) => LICENSE_CATEGORIES.indexOf(a.category) - LICENSE_CATEGORIES.indexOf(b.category)),
    category: LICENSE_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })),
    org: byLabel(
      [...organizations].map((value) => ({ value, label: catalog.organizations.get(value)?.name ?? value })),
    ),
    weights: WEIGHTS_ACCESS.map((value) => ({ value, label: WEIGHTS_LABELS[value] })),
    allows: USE_NAMES.map((value) => ({ value, label: USE_LABELS[value].label })),
  };
}

/** Options in the order a reader scans them: by their label, ignoring case. */
function byLabel<T extends { label: string }>(options: T[]): T[] {
  return options.sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
}

/** What the browser script reads from a row's data attributes, for filtering and counting. */
export function rowFacts(row: TableRow): RowFacts {
  return {
    id: row.id,
    text: searchText(row.name, row.organization.name, row.summary, row.aliases),
    commercial: row.commercial,
    license: row.license.id,
    category: row.license.category,
    org: row.organization.id,
    weights: row.weights,
    sizes: row.sizes,
    allows: row.allows,
    ...(row.variants.length > 0 ? { variants: row.variants } : {}),
  };
}

/** Each filter option's count with no filter set: the page ships them, so the script need not count at load. */
export function initialCounts(rows: readonly TableRow[]): Map<string, number> {
  return applyFilters(rows, rowFacts, EMPTY_STATE).counts;
}
