// npm run dist-diff -- <before> <after>: shows what a change of code did to two builds of the
// same content. A change that only moves or renames code must leave the site as it was:
// - data files (JSON, CSV, SVG, XML, PNG, text) byte for byte, apart from the API's
//   `generated_at`;
// - every page's text, with whitespace collapsed outside <pre>, <code> and <title>, and its
//   links and data attributes (the table's and pictures' contracts);
// - the same files, apart from the hashed bundles in _astro/ and the search index, which
//   follow from the pages.
// Exits 1 and lists every difference when there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const DATA_FILES = new Set(['.json', '.csv', '.svg', '.xml', '.png', '.txt']);
/** Bundles whose names hold a content hash, and the search index built from the pages. */
const DERIVED = /^(_astro|pagefind)\//;
/** Elements whose whitespace is part of the text. */
const PRESERVED = new Set(['pre', 'code', 'title', 'textarea']);
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set(['script', 'style']);

function files(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.filter((file) => !DERIVED.test(file)).sort();
}

/** A page's text: whitespace collapsed except inside PRESERVED elements. */
export function pageText(html: string): string {
  const runs: { text: string; preserved: boolean }[] = [];
  const visit = (node: Node, preserved: boolean) => {
    if (node.nodeName === '#text' && 'value' in node) runs.push({ text: node.value, preserved });
    if (SKIPPED.has(node.nodeName)) return;
    const inside = preserved || PRESERVED.has(node.nodeName);
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child, inside);
    if ('content' in node) visit(node.content as Node, inside);
  };
  visit(parse(html), false);
  let text = '';
  let loose = '';
  for (const run of runs) {
    if (run.preserved) {
      text += loose.replace(/\s+/g, ' ') + run.text;
      loose = '';
    } else {
      loose += run.text;
    }
  }
  return (text + loose.replace(/\s+/g, ' ')).trim();
}

/** A page's links and data attributes, one per line, in document order. */
export function pageContracts(html: string): string[] {
  const lines: string[] = [];
  const visit = (node: Node) => {
    if ('attrs' in node) {
      for (const { name, value } of node.attrs) {
        const contract =
          name === 'href' || name === 'src' || (name.startsWith('data-') && !name.startsWith('data-astro'));
        if (contract && !value.includes('/_astro/')) lines.push(`<${node.nodeName} ${name}="${value}">`);
      }
    }
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
    if ('content' in node) visit(node.content as Node);
  };
  visit(parse(html));
  return lines;
}

/** Where two texts first differ, with some context on each side. */
function firstDifference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at character ${at}:\n    before ${around(before)}\n    after  ${around(after)}`;
}

function comparePage(old: string, now: string): string[] {
  const differences: string[] = [];
  const [oldText, newText] = [pageText(old), pageText(now)];
  if (oldText !== newText) differences.push(`text differs ${firstDifference(oldText, newText)}`);
  const [oldContracts, newContracts] = [pageContracts(old).join('\n'), pageContracts(now).join('\n')];
  if (oldContracts !== newContracts)
    differences.push(`links or data attributes differ ${firstDifference(oldContracts, newContracts)}`);
  return differences;
}

function compareFile(file: string, before: string, after: string): string[] {
  const extension = extname(file);
  const read = (dir: string) => readFileSync(join(dir, file));
  if (extension === '.html') return comparePage(read(before).toString('utf8'), read(after).toString('utf8'));
  if (!DATA_FILES.has(extension)) return [];
  const normalize = (bytes: Buffer) =>
    extension === '.json'
      ? Buffer.from(bytes.toString('utf8').replace(/"generated_at": "[^"]*"/, '"generated_at": ""'))
      : bytes;
  const [old, now] = [normalize(read(before)), normalize(read(after))];
  if (old.equals(now)) return [];
  return [
    extension === '.png'
      ? 'bytes differ'
      : `bytes differ ${firstDifference(old.toString('utf8'), now.toString('utf8'))}`,
  ];
}

/** Every difference between two builds, one message each. */
export function distDifferences(before: string, after: string): string[] {
  const [oldFiles, newFiles] = [files(before), files(after)];
  const newSet = new Set(newFiles);
  const oldSet = new Set(oldFiles);
  const differences = [
    ...oldFiles.filter((file) => !newSet.has(file)).map((file) => `${file}: only in ${before}`),
    ...newFiles.filter((file) => !oldSet.has(file)).map((file) => `${file}: only in ${after}`),
  ];
  for (const file of oldFiles.filter((name) => newSet.has(name))) {
    differences.push(...compareFile(file, before, after).map((difference) => `${file}: ${difference}`));
  }
  return differences;
}

if (import.meta.main) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: npm run dist-diff -- <dist before> <dist after>');
    process.exit(2);
  }
  const differences = distDifferences(before, after);
  for (const difference of differences) console.log(difference);
  const compared = files(before).length;
  console.log(
    differences.length === 0
      ? `no difference in ${compared} files`
      : `\n${differences.length} difference${differences.length === 1 ? '' : 's'}`,
  );
  process.exitCode = differences.length === 0 ? 0 : 1;
}
