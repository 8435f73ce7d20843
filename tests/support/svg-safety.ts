// What a badge must never contain, whatever text went into it: it is embedded in other sites.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: true });

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

export function svgProblems(svg: string): string[] {
  const valid = XMLValidator.validate(svg);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg}`];
  const problems = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      for (const [name, value] of Object.entries(node)) {
        if (name === ':@' || name === '#text') continue;
        if (/^script$/i.test(name)) problems.add('contains a script element');
        if (/^foreignObject$/i.test(name)) problems.add('contains a foreignObject');
        for (const [attribute, text] of Object.entries(node[':@'] ?? {})) {
          const key = attribute.replace(/^@_/, '');
          if (/^on/i.test(key)) problems.add(`has an event attribute ${key}`);
          if (/(^|:)href$|^src$/i.test(key) && !String(text).startsWith('#')) problems.add(`references ${text}`);
          if (/url\((?!#)/i.test(String(text))) problems.add(`references ${text}`);
        }
        if (Array.isArray(value)) walk(value as Node[]);
      }
    }
  };
  const tree = parser.parse(svg) as Node[];
  walk(tree);
  const root = tree.find((node) => 'svg' in node);
  if (root?.[':@']?.['@_role'] !== 'img') problems.add('has no role="img"');
  if (!root?.[':@']?.['@_aria-label']) problems.add('has no aria-label');
  if (!(root?.svg as Node[] | undefined)?.some((child) => 'title' in child)) problems.add('has no <title>');
  return [...problems];
}

/** The badge's accessible title, entities decoded. */
export function svgTitle(svg: string): string {
  return String(new XMLParser().parse(svg).svg.title);
}
