// Model prose is Markdown only: raw HTML and non-https links could run code in a visitor's
// browser or pull in third-party content.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isHttpsUrl } from '../../schema/primitives.ts';
import type { Problem } from '../../data/entry-files.ts';
import { problemInBody, type EntryRule } from '../rule.ts';

interface MarkdownNode {
  type: string;
  url?: string;
  value?: string;
  children?: MarkdownNode[];
  position?: { start: { line: number } };
}

export const prose: EntryRule = {
  name: 'prose',
  checks: 'A model has prose after its front matter, in Markdown only: no raw HTML, no images, https links.',
  scope: 'entry',
  collections: ['models'],
  check(entry) {
    const body = entry.body ?? '';
    const problems: Problem[] = [];
    if (body.trim() === '') {
      problems.push({
        file: entry.file,
        path: 'body',
        line: entry.bodyLine,
        message: 'has no prose',
        hint: 'after the front matter, write a few sentences about the model and its terms',
      });
    }
    const at = (node: MarkdownNode, message: string, hint: string) =>
      problems.push(problemInBody(entry, node.position?.start.line ?? 1, message, hint));
    const walk = (node: MarkdownNode) => {
      if (node.type === 'html') {
        const tag = /<\/?\s*([a-z][\w-]*)/i.exec(node.value ?? '')?.[1];
        at(
          node,
          `raw HTML is not allowed${tag ? ` (<${tag}>)` : ''}`,
          'write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered',
        );
      } else if (node.type === 'image' || node.type === 'imageReference') {
        at(node, 'images are not allowed in model prose', 'link to the image instead');
      } else if ((node.type === 'link' || node.type === 'definition') && !isHttpsUrl(node.url ?? '')) {
        at(
          node,
          `link "${node.url}" is not an https URL`,
          'links must be absolute https:// URLs (javascript: and data: are never accepted)',
        );
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(fromMarkdown(body) as MarkdownNode);
    return problems;
  },
};
