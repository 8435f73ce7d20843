// Where a badge is served and the snippets that embed it in a README. Plain strings with no Node
// dependency, so the model pages (at build time) and the /badges/ picker (in the browser) write
// the same snippets from one home.
import { splitRef } from '../derive/releases.ts';
import { absoluteUrl, href } from '../site/urls.ts';

export const BADGE_KINDS = ['license', 'commercial', 'openness'] as const;
export type BadgeKind = (typeof BADGE_KINDS)[number];

export interface BadgeContent {
  label: string;
  message: string;
  color: string;
}

export interface BadgeSnippets {
  kind: BadgeKind;
  alt: string;
  /** The badge on this site, for showing it here. */
  imageHref: string;
  /** The release's page on this site, for linking to it here. */
  pageHref: string;
  svgUrl: string;
  jsonUrl: string;
  pageUrl: string;
  markdown: string;
  html: string;
  rst: string;
  shields: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeMarkdown = (text: string) => text.replace(/([\\[\]])/g, '\\$1');

/** Where a release's badge of one kind is served: the image, and its shields.io endpoint JSON. */
export function badgeUrls(ref: string, kind: BadgeKind, site: URL | undefined): { svg: string; json: string } {
  return {
    svg: absoluteUrl(`badges/${ref}/${kind}.svg`, site),
    json: absoluteUrl(`badges/${ref}/${kind}.json`, site),
  };
}

/** A release's page: the model's, or the variant's section on it. */
function releasePath(ref: string): string {
  const { modelId, variantId } = splitRef(ref);
  return `models/${modelId}/${variantId ? `#${variantId}` : ''}`;
}

/** Copy-paste snippets with absolute URLs on the configured site; `ref` is a model or <model>/<variant>. */
export function badgeSnippets(
  ref: string,
  name: string,
  kind: BadgeKind,
  content: BadgeContent,
  site: URL | undefined,
): BadgeSnippets {
  const { svg: svgUrl, json: jsonUrl } = badgeUrls(ref, kind, site);
  const pageUrl = absoluteUrl(releasePath(ref), site);
  const alt = `${name} ${content.label}: ${content.message}`;
  return {
    kind,
    alt,
    imageHref: href(`badges/${ref}/${kind}.svg`),
    pageHref: href(releasePath(ref)),
    svgUrl,
    jsonUrl,
    pageUrl,
    markdown: `[![${escapeMarkdown(alt)}](${svgUrl})](${pageUrl})`,
    html: `<a href="${escapeHtml(pageUrl)}"><img src="${escapeHtml(svgUrl)}" alt="${escapeHtml(alt)}"></a>`,
    rst: `.. image:: ${svgUrl}\n   :alt: ${alt.replace(/\n/g, ' ')}\n   :target: ${pageUrl}`,
    shields: `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`,
  };
}

/**
 * The Markdown line a fine-tune's README puts beside its base model's badges, so no reader takes
 * them for the fine-tune's own verdict.
 */
export function baseModelCaption(ref: string, name: string, site: URL | undefined): string {
  return `Base model: [${escapeMarkdown(name)}](${absoluteUrl(releasePath(ref), site)}). These badges show its terms, not this model's own.`;
}
