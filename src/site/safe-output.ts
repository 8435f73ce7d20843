// The renderer's own guard against hostile content. The schemas and the validator already reject
// non-https links and raw HTML, but a page does not rely on that alone: a link a visitor can
// click and the prose a contributor wrote both pass through here first.
import { isHttpsUrl } from '../schema/primitives.ts';

/** The URL when it is an absolute https URL, otherwise nothing (javascript:, data:, relative…). */
export function externalHref(url: string | undefined): string | undefined {
  return url !== undefined && isHttpsUrl(url) ? url : undefined;
}

// A Markdown tree plugin for the prose of content entries (Astro's Markdown processor, Sätteri):
// raw HTML and images are dropped, and a link whose target is not https keeps its text only.
type MarkdownNode = { url?: string; children?: MarkdownNode[] };
interface MarkdownEdits {
  removeNode(node: MarkdownNode): void;
  replaceNode(node: MarkdownNode, replacement: MarkdownNode[]): void;
}

const proseGuard = {
  name: 'open-llm-atlas:safe-prose',
  html: (node: MarkdownNode, edits: MarkdownEdits) => edits.removeNode(node),
  image: (node: MarkdownNode, edits: MarkdownEdits) => edits.removeNode(node),
  imageReference: (node: MarkdownNode, edits: MarkdownEdits) => edits.removeNode(node),
  definition: (node: MarkdownNode, edits: MarkdownEdits) => {
    if (!externalHref(node.url)) edits.removeNode(node);
  },
  link: (node: MarkdownNode, edits: MarkdownEdits) => {
    if (!externalHref(node.url)) edits.replaceNode(node, node.children ?? []);
  },
};

/** Applies the prose guard to files under content/ (contributors' prose), not to the site's own pages. */
export function contentProseGuard({ fileURL }: { fileURL: URL | undefined }) {
  return fileURL?.pathname.includes('/content/') ? proseGuard : null;
}
