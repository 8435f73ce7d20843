// Every colour that carries meaning, in one place. Two shades of each: badges and Open Graph
// images use GitHub's (legible under white text, WCAG AA against #fff), pages and pictures use
// Tailwind's by token name, with a dark-theme shade. The stylesheet reads the page shades through
// src/styles/palette-plugin.ts.
import type { LicenseCategory, Verdict } from '../schema/vocabulary.ts';

const GREEN = '#1a7f37';
const AMBER = '#9a6700';
const RED = '#cf222e';

/** Badge and image colours of each verdict. */
export const VERDICT_COLORS: Record<Verdict, string> = { yes: GREEN, conditional: AMBER, no: RED };

/** Badge colours of each license category. */
export const CATEGORY_COLORS: Record<LicenseCategory, string> = {
  permissive: GREEN,
  copyleft: '#0969da',
  'open-rail': AMBER,
  community: AMBER,
  'non-commercial': RED,
  proprietary: '#57606a',
};

/** Badge colour of an openness score: green from 0.75, amber from 0.5, red below. */
export function scoreColor(score: number): string {
  return score >= 0.75 ? GREEN : score >= 0.5 ? AMBER : RED;
}

/** The Open Graph card's own colours: text on a dark slate background. */
export const CARD_COLORS = {
  background: '#0f172a',
  title: '#f8fafc',
  brand: '#93c5fd',
  summary: '#cbd5e1',
  detail: '#e2e8f0',
  onVerdict: '#ffffff',
} as const;

/** A Tailwind colour token (`--color-<name>`) for the light theme and the dark one. */
export interface Shades {
  light: string;
  dark: string;
}

/**
 * Page colours of each verdict: `mark` for pictures and legends, `background` and `text` for the
 * verdict label. Become the CSS variables `--verdict-<verdict>`, `-background` and `-text`.
 */
export const PAGE_VERDICT_COLORS: Record<Verdict, { mark: Shades; background: Shades; text: Shades }> = {
  yes: {
    mark: { light: 'green-700', dark: 'green-400' },
    background: { light: 'green-100', dark: 'green-900' },
    text: { light: 'green-900', dark: 'green-100' },
  },
  conditional: {
    mark: { light: 'amber-600', dark: 'amber-400' },
    background: { light: 'amber-100', dark: 'amber-900' },
    text: { light: 'amber-900', dark: 'amber-100' },
  },
  no: {
    mark: { light: 'red-700', dark: 'red-400' },
    background: { light: 'red-100', dark: 'red-900' },
    text: { light: 'red-900', dark: 'red-100' },
  },
};
