// Badges for READMEs: the same label, message and color as an SVG (drawn by shields.io's own
// badge-maker, which escapes every text) and as a shields.io endpoint JSON.
import { makeBadge } from 'badge-maker';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel } from '../derive/model.ts';
import { VERDICT_LABELS, VERDICT_NAME } from '../present/labels.ts';
import { CATEGORY_COLORS, scoreColor, VERDICT_COLORS } from '../present/palette.ts';
import { absoluteUrl, href } from '../site/urls.ts';

export const BADGE_KINDS = ['license', 'commercial', 'openness'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export interface BadgeContent {
  label: string;
  message: string;
  color: string;
}

export function badgeContent(catalog: Catalog, derived: DerivedModel, kind: BadgeKind): BadgeContent {
  switch (kind) {
    case 'license': {
      const license = catalog.licenses.get(derived.model.license);
      return {
        label: 'license',
        message: license?.spdx ?? license?.name ?? derived.model.license,
        color: CATEGORY_COLORS[license?.category ?? 'proprietary'],
      };
    }
    case 'commercial':
      return {
        label: VERDICT_NAME.toLowerCase(),
        message: VERDICT_LABELS[derived.commercial.verdict].toLowerCase(),
        color: VERDICT_COLORS[derived.commercial.verdict],
      };
    case 'openness': {
      const { score, mofClass } = derived.openness;
      return {
        label: 'openness',
        message: `${score.toFixed(2)}${mofClass ? ` · MOF ${mofClass}` : ''}`,
        color: scoreColor(score),
      };
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
export function badgeSnippets(
  id: string,
  name: string,
  kind: BadgeKind,
  content: BadgeContent,
  site: URL | undefined,
): BadgeSnippets {
  const svgUrl = absoluteUrl(`badges/${id}/${kind}.svg`, site);
  const jsonUrl = absoluteUrl(`badges/${id}/${kind}.json`, site);
  const pageUrl = absoluteUrl(`models/${id}/`, site);
  const alt = `${name} ${content.label}: ${content.message}`;
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeMarkdown = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
  return {
    kind,
    alt,
    imageHref: href(`badges/${id}/${kind}.svg`),
    svgUrl,
    jsonUrl,
    pageUrl,
    markdown: `[![${escapeMarkdown(alt)}](${svgUrl})](${pageUrl})`,
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(svgUrl)}" alt="${escapeHtml(alt)}"></a>`,
    rst: `.. image:: ${svgUrl}\n   :alt: ${alt.replace(/\n/g, ' ')}\n   :target: ${pageUrl}`,
    shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`,
  };
}
