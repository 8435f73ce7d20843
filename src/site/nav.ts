// The header's sections and which one a page belongs to, so the header can mark it.

interface Section {
  /** The section's page, relative to the base path ('' is the table). */
  path: string;
  label: string;
  /** Paths of pages inside the section, besides its own page. */
  inside?: string;
}

export const NAV_SECTIONS: readonly Section[] = [
  { path: '', label: 'Models', inside: 'models/' },
  { path: 'use/', label: 'Can I use it?' },
  { path: 'compare/', label: 'Compare' },
  { path: 'search/', label: 'Search' },
  { path: 'about/', label: 'About' },
];

/**
 * The aria-current of a section's link on the page at `path` (relative to the base path):
 * 'page' on the section's own page, 'true' on a page inside it (a model's page is in Models).
 */
export function currentMark(section: Section, path: string): 'page' | 'true' | undefined {
  if (path === section.path) return 'page';
  if (section.inside && path.startsWith(section.inside)) return 'true';
  return undefined;
}

/** The pages the footer and the not-found page list besides the sections. */
export const MORE_PAGES: readonly Section[] = [
  { path: 'licenses/', label: 'Licenses' },
  { path: 'datasets/', label: 'Datasets' },
  { path: 'lineage/', label: 'Lineage' },
  { path: 'timeline/', label: 'Timeline' },
  { path: 'openness/', label: 'Openness' },
  { path: 'badges/', label: 'Badges' },
];
