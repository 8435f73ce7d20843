// The site's only inline scripts: each must run while the page is parsed, before the first paint.
// Astro's Content-Security-Policy covers bundled scripts, not inline ones, so Base.astro adds
// these hashes to every page's policy; it must, because a page's head is written before the
// components of its body run.
import { createHash } from 'node:crypto';

/** In the head: marks that scripts run, so controls that need them show without a shift, and applies the saved theme. */
export const HEAD_SCRIPT = `
      document.documentElement.dataset.js = '';
      try {
        const theme = localStorage.getItem('theme');
        if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
      } catch {}
`;

/**
 * Right after the table's filters: on a phone every filter group starts folded, so the table is
 * not a screen away. The table page holds its first paint until this has run (Base's paintAfter,
 * set by src/pages/index.astro): folded after a paint, the groups would move the table.
 */
export const FOLD_FILTERS_ON_PHONES = `if (matchMedia('(max-width: 63.99rem)').matches) for (const group of document.querySelectorAll('[data-filters] details')) group.open = false;`;

export const INLINE_SCRIPT_HASHES = [HEAD_SCRIPT, FOLD_FILTERS_ON_PHONES].map(
  (code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const,
);
