// Reads content/ the way a contributor wrote it: one file per entry, parsed with positions so
// every problem can name its line. Used by the validator CLI and by the build.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ID_PATTERN } from '../schema/primitives.ts';
import type { FieldPath } from './walk.ts';

export const COLLECTIONS = {
  models: { dir: 'content/models', extension: '.md' },
  licenses: { dir: 'content/licenses', extension: '.yaml' },
  organizations: { dir: 'content/organizations', extension: '.yaml' },
  datasets: { dir: 'content/datasets', extension: '.yaml' },
} as const;
export type Collection = keyof typeof COLLECTIONS;

export interface Problem {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** Dotted field path, `body` for the prose, absent for the file as a whole. */
  path?: string;
  message: string;
  hint?: string;
  line?: number;
}

export interface EntryFile {
  collection: Collection;
  id: string;
  file: string;
  data: unknown;
  /** Markdown prose of a model, after the front matter. */
  body?: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine?: number;
  /** The parsed YAML (a model's front matter), for rules that look at how a value was written. */
  document: Document;
  /** The 1-based line of a field, or of its nearest parent that exists. */
  lineOf(path: FieldPath): number | undefined;
  /** The 1-based line of an offset in the YAML text. */
  lineAt(offset: number): number;
}

export function formatPath(path: FieldPath): string {
  // An empty field name is shown as "" so the problem still names it.
  const name = (segment: PropertyKey) =>
    typeof segment === 'number' ? `[${segment}]` : segment === '' ? '""' : String(segment);
  return path.map(name).join('.').replace(/\.\[/g, '[');
}

export interface EntryFiles {
  /** Entries that parsed. */
  entries: EntryFile[];
  /** Every well-named file's id, parsed or not, so a broken entry is not also reported as missing. */
  ids: Record<Collection, Set<string>>;
  problems: Problem[];
}

export function readEntryFiles(root: string): EntryFiles {
  const entries: EntryFile[] = [];
  const ids = Object.fromEntries(
    Object.keys(COLLECTIONS).map((collection) => [collection, new Set<string>()]),
  ) as Record<Collection, Set<string>>;
  const problems: Problem[] = [];
  for (const [collection, { dir, extension }] of Object.entries(COLLECTIONS) as [
    Collection,
    (typeof COLLECTIONS)[Collection],
  ][]) {
    let names: { name: string; isDirectory(): boolean }[];
    try {
      names = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      problems.push({
        file: dir,
        message: 'folder is missing',
        hint: `create ${dir}/ with one ${extension} file per entry`,
      });
      continue;
    }
    for (const dirent of names.sort((a, b) => a.name.localeCompare(b.name))) {
      const file = `${dir}/${dirent.name}`;
      if (dirent.isDirectory()) {
        problems.push({ file, message: 'subfolders are not read', hint: `move its files up into ${dir}/` });
        continue;
      }
      const fileExtension = extname(dirent.name);
      const id = dirent.name.slice(0, dirent.name.length - fileExtension.length);
      if (fileExtension !== extension) {
        problems.push({ file, ...wrongExtension(collection, fileExtension) });
        continue;
      }
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          message: `file name "${id}" is not a valid id`,
          hint: `use lowercase kebab-case, e.g. ${suggestId(id)}${extension}`,
        });
        continue;
      }
      ids[collection].add(id);
      const source = readFileSync(join(root, file), 'utf8');
      const parsed = collection === 'models' ? parseMarkdownEntry(source) : parseYamlEntry(source, 0);
      problems.push(...parsed.problems.map((problem) => ({ file, ...problem })));
      if (parsed.entry) entries.push({ collection, id, file, ...parsed.entry });
    }
  }
  return { entries, ids, problems };
}

function wrongExtension(collection: Collection, found: string): Omit<Problem, 'file'> {
  if (collection === 'models' && found === '.mdx') {
    return {
      message: 'MDX files are not accepted for models',
      hint: 'rename it to .md: entries are data and prose, they never run code',
    };
  }
  if (found === '.yml') return { message: 'unexpected extension .yml', hint: 'rename it to .yaml' };
  return { message: `unexpected file`, hint: `this folder holds only ${COLLECTIONS[collection].extension} entries` };
}

function suggestId(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-model'
  );
}

type Parsed = { entry?: Omit<EntryFile, 'collection' | 'id' | 'file'>; problems: Omit<Problem, 'file'>[] };

// Astro reads `---` YAML front matter; a TOML (`+++`) block or a missing one would reach the
// build as something else, so only the YAML form is accepted.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function parseMarkdownEntry(source: string): Parsed {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {
      problems: [
        {
          line: 1,
          message: 'no YAML front matter',
          hint: 'start the file with a line "---", the facts in YAML, then another "---" line',
        },
      ],
    };
  }
  const parsed = parseYamlEntry(match[1] ?? '', 1);
  const bodyLine = countLines(match[0]) + 1;
  if (parsed.entry) {
    parsed.entry.body = source.slice(match[0].length);
    parsed.entry.bodyLine = bodyLine;
  }
  return parsed;
}

function countLines(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function parseYamlEntry(text: string, lineOffset: number): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  // Only the first YAML error: the ones after it usually follow from it.
  const problems: Omit<Problem, 'file'>[] = doc.errors.slice(0, 1).map((error) => ({
    line: lineAt(error.pos[0]),
    message: `YAML does not parse: ${error.message.split('\n')[0]}`,
    hint:
      error.code === 'DUPLICATE_KEY'
        ? 'remove one of the two keys'
        : 'check indentation, colons and quotes on this line',
  }));
  if (problems.length > 0) return { problems };
  const lineOf = (path: FieldPath) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // Parsed YAML can still fail to resolve, e.g. an alias (*name) to an anchor never set.
    return {
      problems: [
        {
          line: lineAt(0),
          message: `YAML does not parse: ${(error as Error).message.split('\n')[0]}`,
          hint: 'remove the * alias or set its & anchor first',
        },
      ],
    };
  }
  return { entry: { data, document: doc, lineOf, lineAt }, problems };
}
