// Badges for READMEs: the same label, message and color as an SVG (drawn by shields.io's own
// badge-maker, which escapes every text) and as a shields.io endpoint JSON.
import { makeBadge } from 'badge-maker';
import type { Catalog } from '../data/catalog.ts';
import type { DerivedModel, DerivedRelease } from '../derive/model.ts';
import { splitRef } from '../derive/releases.ts';
import { VERDICT_NAME, verdictText } from '../present/labels.ts';
import { CATEGORY_COLORS, scoreColor, VERDICT_COLORS } from '../present/palette.ts';
import { absoluteUrl, href } from '../site/urls.ts';

export const BADGE_KINDS = ['license', 'commercial', 'openness'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export interface BadgeContent {
  label: string;
  message: string;
  color: string;
}

/** The commercial-use message: the verdict, or every verdict in the model when its variants differ. */
function verdictMessage(derived: DerivedModel, release: DerivedRelease | undefined): string {
  if (release) return verdictText(release.commercial.verdict, release.commercial.unread).toLowerCase();
  const labels = [
    ...new Set(
      derived.releases.map(({ commercial }) => verdictText(commercial.verdict, commercial.unread).toLowerCase()),
    ),
  ];
  return derived.verdictVaries ? `varies: ${labels.join(', ')}` : labels[0]!;
}

/** A model's badge, or one variant's (its own license and verdict, the model's openness). */
export function badgeContent(
  catalog: Catalog,
  derived: DerivedModel,
  kind: BadgeKind,
  release?: DerivedRelease,
): BadgeContent {
  switch (kind) {
    case 'license': {
      const id = release?.license ?? derived.model.license;
      const license = catalog.licenses.get(id);
      return {
        label: 'license',
        message: license?.spdx ?? license?.name ?? id,
        color: CATEGORY_COLORS[license?.category ?? 'proprietary'],
      };
    }
    case 'commercial': {
      const verdict = (release ?? derived).commercial.verdict;
      return {
        label: VERDICT_NAME.toLowerCase(),
        message: verdictMessage(derived, release),
        color: VERDICT_COLORS[verdict],
      };
    }
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

/** Where a release's badge of one kind is served: the image, and its shields.io endpoint JSON. */
export function badgeUrls(ref: string, kind: BadgeKind, site: URL | undefined): { svg: string; json: string } {
  return {
    svg: absoluteUrl(`badges/${ref}/${kind}.svg`, site),
    json: absoluteUrl(`badges/${ref}/${kind}.json`, site),
  };
}

/** Copy-paste snippets with absolute URLs on the configured site; `ref` is a model or <model>/<variant>. */
export function badgeSnippets(
  ref: string,
  name: string,
  kind: BadgeKind,
  content: BadgeContent,
  site: URL | undefined,
): BadgeSnippets {
  const { modelId, variantId } = splitRef(ref);
  const { svg: svgUrl, json: jsonUrl } = badgeUrls(ref, kind, site);
  const pageUrl = absoluteUrl(`models/${modelId}/`, site) + (variantId ? `#${variantId}` : '');
  const alt = `${name} ${content.label}: ${content.message}`;
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeMarkdown = (text: string) => text.replace(/([\\[\]])/g, '\\$1');
  return {
    kind,
    alt,
    imageHref: href(`badges/${ref}/${kind}.svg`),
    svgUrl,
    jsonUrl,
    pageUrl,
    markdown: `[![${escapeMarkdown(alt)}](${svgUrl})](${pageUrl})`,
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(svgUrl)}" alt="${escapeHtml(alt)}"></a>`,
    rst: `.. image:: ${svgUrl}\n   :alt: ${alt.replace(/\n/g, ' ')}\n   :target: ${pageUrl}`,
    shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`,
  };
}
