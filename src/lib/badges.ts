// Badges for READMEs: the same label, message and color as an SVG (drawn by shields.io's own
// badge-maker, which escapes every text) and as a shields.io endpoint JSON.
import { makeBadge } from 'badge-maker';
import type { LicenseCategory, Verdict } from '../schema/index.ts';
import type { Catalog } from './catalog.ts';
import type { DerivedModel } from './derive.ts';
import { absoluteUrl, href } from './urls.ts';

export const BADGE_KINDS = ['license', 'commercial', 'openness'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export interface BadgeContent {
  label: string;
  message: string;
  color: string;
}

// Colors carry meaning and keep white text legible (WCAG AA against #fff).
const VERDICT_COLORS: Record<Verdict, string> = { yes: '#1a7f37', conditional: '#9a6700', no: '#cf222e' };
const CATEGORY_COLORS: Record<LicenseCategory, string> = {
  permissive: '#1a7f37', copyleft: '#0969da', 'open-rail': '#9a6700', community: '#9a6700', 'non-commercial': '#cf222e', proprietary: '#57606a',
};
const VERDICT_MESSAGES: Record<Verdict, string> = { yes: 'yes', conditional: 'conditional', no: 'no' };

export function badgeContent(catalog: Catalog, derived: DerivedModel, kind: BadgeKind): BadgeContent {
  switch (kind) {
    case 'license': {
      const license = catalog.licenses.get(derived.model.license);
      return { label: 'license', message: license?.spdx ?? license?.name ?? derived.model.license, color: CATEGORY_COLORS[license?.category ?? 'proprietary'] };
    }
    case 'commercial':
      return { label: 'commercial use', message: VERDICT_MESSAGES[derived.commercial.verdict], color: VERDICT_COLORS[derived.commercial.verdict] };
    case 'openness': {
      const { score, mofClass } = derived.openness;
      const color = score >= 0.75 ? '#1a7f37' : score >= 0.5 ? '#9a6700' : '#cf222e';
      return { label: 'openness', message: `${score.toFixed(2)}${mofClass ? ` · MOF ${mofClass}` : ''}`, color };
    }
  }
}

export function badgeSvg(content: BadgeContent): string {
  // flat-square: a few hundred bytes, no gradient or filter.
  return makeBadge({ label: content.label, message: content.message, color: content.color, style: 'flat-square' });
}

/** shields.io's endpoint format: https://shields.io/badges/endpoint-badge */
export function shieldsEndpoint(content: BadgeContent) {
  return { schemaVersion: 1, label: content.label, message: content.message, color: content.color.replace(/^#/, '') };
}

export interface BadgeSnippets {
  kind: BadgeKind;
  alt: string;
  /** The badge on this site, for showing it here. */
  imageHref: string;
  svgUrl: string;
  jsonUrl: string;
  pageUrl: string;
  markdown: string;
  html: string;
  rst: string;
  shields: string;
}

/** Copy-paste snippets with absolute URLs on the configured site. */
export function badgeSnippets(id: string, name: string, kind: BadgeKind, content: BadgeContent, site: URL | undefined): BadgeSnippets {
  const svgUrl = absoluteUrl(`badges/${id}/${kind}.svg`, site);
  const jsonUrl = absoluteUrl(`badges/${id}/${kind}.json`, site);
  const pageUrl = absoluteUrl(`models/${id}/`, site);
  const alt = `${name} ${content.label}: ${content.message}`;
  const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeMarkdown = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
  return {
    kind, alt, imageHref: href(`badges/${id}/${kind}.svg`), svgUrl, jsonUrl, pageUrl,
    markdown: `[![${escapeMarkdown(alt)}](${svgUrl})](${pageUrl})`,
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(svgUrl)}" alt="${escapeHtml(alt)}"></a>`,
    rst: `.. image:: ${svgUrl}\n   :alt: ${alt.replace(/\n/g, ' ')}\n   :target: ${pageUrl}`,
    shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`,
  };
}
