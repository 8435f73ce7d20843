// Checks over a built site in dist/, shared by the unit tests (builds at the root) and the browser
// tests (the build under /atlas/): every internal link, asset and anchor resolves, and no page
// or picture carries markup that could run a script. HTML is read with parse5, the parser
// browsers follow, so what is checked is what a browser would see.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { svgProblems } from './svg-safety.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, found);
  if ('content' in node && node.content) elements(node.content, found);
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');

interface Page {
  file: string;
  elements: Element[];
  /** Problems the HTML parser reported: unclosed or misnested tags, stray characters. */
  parseErrors: string[];
}

function readPage(dist: string, file: string): Page {
  const parseErrors: string[] = [];
  const document = parse(readFileSync(join(dist, file), 'utf8'), {
    sourceCodeLocationInfo: true,
    onParseError: (error) => parseErrors.push(`${error.code} at line ${error.startLine}`),
  });
  return { file, elements: elements(document), parseErrors };
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite'];

/** The URLs an element points at: its URL attributes and each candidate of a srcset. */
function urlsOf(element: Element): string[] {
  const urls = URL_ATTRIBUTES.map((name) => attribute(element, name)).filter(
    (value): value is string => value !== undefined,
  );
  const srcset = attribute(element, 'srcset');
  if (srcset)
    urls.push(
      ...srcset
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean),
    );
  return urls;
}

export interface LinkOptions {
  /** The base path the site was built for, e.g. "/" or "/atlas/". */
  base: string;
  /** The configured site URL: absolute links to it (canonical, Open Graph) are internal too. */
  site: string;
}

/**
 * Every internal href, src and srcset of every HTML page that does not resolve to a file in dist,
 * and every #fragment with no element of that id on its target page.
 */
export function brokenLinks(dist: string, { base, site }: LinkOptions): string[] {
  const origin = new URL(site).origin;
  const files = listFiles(dist);
  const pages = new Map(files.filter((file) => file.endsWith('.html')).map((file) => [file, readPage(dist, file)]));
  const idsOf = (file: string) =>
    new Set(
      pages
        .get(file)
        ?.elements.flatMap((element) => [
          attribute(element, 'id'),
          element.tagName === 'a' ? attribute(element, 'name') : undefined,
        ]) ?? [],
    );
  const broken: string[] = [];
  for (const [file, page] of pages) {
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const element of page.elements) {
      for (const link of urlsOf(element)) {
        const target = new URL(link, pageUrl);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(base)) {
          broken.push(`${file}: ${link} is outside the base path ${base}`);
          continue;
        }
        let path = decodeURIComponent(target.pathname.slice(base.length));
        if (path === '' || path.endsWith('/')) path += 'index.html';
        if (!existsSync(join(dist, path)) || statSync(join(dist, path)).isDirectory()) {
          broken.push(`${file}: ${link} → no file ${path}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('.html') && !idsOf(path).has(fragment))
          broken.push(`${file}: ${link} → no id "${fragment}" in ${path}`);
      }
    }
  }
  return broken;
}

// Schemes that run code or smuggle a document in; browsers ignore tabs, newlines and leading
// spaces in a URL, so those are removed before looking.
const UNSAFE_URL = /^(?:javascript|data|vbscript):/i;
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const isUnsafeUrl = (url: string) => UNSAFE_URL.test(url.replace(/[\u0000-\u0020]/g, ''));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const NOT_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'importmap', 'speculationrules']);

/** The Content-Security-Policy of a page's meta element, by directive. */
export function pagePolicy(elements: Element[]): Map<string, string[]> | undefined {
  const meta = elements.find(
    (element) =>
      element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const content = meta && attribute(meta, 'content');
  if (!content) return undefined;
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Markup in one HTML page that could run a script or that the page's policy would block. */
function pageProblems(page: Page): string[] {
  const problems = page.parseErrors.map((error) => `${page.file}: HTML parse error ${error}`);
  const policy = pagePolicy(page.elements);
  if (!policy) problems.push(`${page.file}: no Content-Security-Policy meta element`);
  for (const element of page.elements) {
    const where = `${page.file}: <${element.tagName}>`;
    for (const { name, value } of element.attrs) {
      if (/^on/i.test(name)) problems.push(`${where} has an event handler attribute ${name}`);
      if (name === 'style') problems.push(`${where} has an inline style attribute`);
      if (URL_ATTRIBUTES.includes(name) && isUnsafeUrl(value)) problems.push(`${where} ${name}="${value}"`);
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(element.tagName))
      problems.push(`${where} is not allowed`);
    if (
      element.tagName === 'script' &&
      attribute(element, 'src') === undefined &&
      !NOT_SCRIPT_TYPES.has(attribute(element, 'type') ?? '')
    ) {
      const allowed = policy?.get('script-src-elem') ?? policy?.get('script-src') ?? [];
      if (!allowed.includes(sha256(textOf(element))))
        problems.push(`${where} inline script whose hash is not in the policy`);
    }
    if (element.tagName === 'style') {
      const allowed = policy?.get('style-src-elem') ?? policy?.get('style-src') ?? [];
      if (!allowed.includes(sha256(textOf(element))))
        problems.push(`${where} inline style whose hash is not in the policy`);
    }
  }
  return problems;
}

/** Every HTML page and SVG badge in dist checked for script-running or policy-breaking markup. */
export function unsafeMarkup(dist: string): string[] {
  return listFiles(dist).flatMap((file) => {
    if (file.endsWith('.html')) return pageProblems(readPage(dist, file));
    // Badges carry contributors' text and are embedded elsewhere; pictures in pages are checked as HTML.
    if (file.startsWith('badges/') && file.endsWith('.svg'))
      return svgProblems(readFileSync(join(dist, file), 'utf8')).map((problem) => `${file}: ${problem}`);
    return [];
  });
}

/** Each directive a page policy must have, with the sources it must hold and the ones it must not. */
export function policyProblems(policy: Map<string, string[]> | undefined): string[] {
  if (!policy) return ['no policy'];
  const problems: string[] = [];
  const expect = (directive: string, value: string) => {
    if (!policy.get(directive)?.includes(value)) problems.push(`${directive} lacks ${value}`);
  };
  expect('default-src', "'self'");
  expect('object-src', "'none'");
  expect('base-uri', "'self'");
  for (const [directive, values] of policy) {
    for (const value of values) {
      const tooWide =
        ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:'].includes(value) ||
        // Pagefind's icons are data: images, which cannot run a script; nothing else may be data:.
        (value === 'data:' && directive !== 'img-src');
      if (tooWide) problems.push(`${directive} allows ${value}`);
    }
  }
  return problems;
}

/** The policy problems of every HTML page in dist. */
export function pagePolicyProblems(dist: string): string[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      policyProblems(pagePolicy(readPage(dist, file).elements)).map((problem) => `${file}: ${problem}`),
    );
}
