// What the search index holds beside each page's text, shared by the pages that write it and the
// search page's script that reads it: the filters (keyed by their URL parameter on /search/) and
// the facts a result shows.
import type { Verdict } from '../schema/vocabulary.ts';
import { FILTER_LABELS, VERDICT_NAME } from './labels.ts';

/** The search page's filters: URL parameter → the filter's name in the index (and its label). */
export const SEARCH_FILTERS = {
  type: 'Type',
  commercial: VERDICT_NAME,
  license: 'License',
  org: FILTER_LABELS.org,
  weights: FILTER_LABELS.weights,
} as const;

export type SearchFilter = keyof typeof SEARCH_FILTERS;

/** The kinds of page the index holds, as the "Type" filter names them. */
export const PAGE_KINDS = {
  model: 'Model',
  license: 'License',
  organization: 'Organization',
  dataset: 'Dataset',
} as const;

/** The facts a result shows, as the index stores them (every value a string). */
export interface SearchMeta {
  kind: string;
  verdict?: Verdict;
  verdict_label?: string;
  organization?: string;
  license?: string;
  summary?: string;
}

/** The index's filter names for a page, from the values of the filters that apply to it. */
export function searchFilters(values: Partial<Record<SearchFilter, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([parameter, value]) => [SEARCH_FILTERS[parameter as SearchFilter], value]),
  );
}
