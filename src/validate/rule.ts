// What a validator rule is. Each rule lives in its own file under rules/ and is listed once in
// rules/index.ts; the runner (index.ts) gives entry rules one entry at a time and catalog rules
// everything that was read.
import type { Catalog } from '../data/catalog.ts';
import { formatPath, type Collection, type EntryFile, type Problem } from '../data/entry-files.ts';
import type { FieldPath } from '../data/walk.ts';

/** Everything read from content/, for rules that look across entries. */
export interface Content {
  /** Every entry that parsed, whatever its fields hold: reference rules check what is there. */
  entries: readonly EntryFile[];
  /** Every well-named file's id, parsed or not, so a broken entry is not also reported as missing. */
  ids: Readonly<Record<Collection, ReadonlySet<string>>>;
  /** The entries whose fields passed every entry rule, typed, for rules that derive facts. */
  catalog: Catalog;
}

interface RuleInfo {
  /** Kebab-case, as the rule's file is named. */
  name: string;
  /** One sentence: what an entry must do to pass. */
  checks: string;
}

export interface EntryRule extends RuleInfo {
  scope: 'entry';
  /** The collections whose entries it checks. */
  collections: readonly Collection[];
  check(entry: EntryFile): Problem[];
}

export interface CatalogRule extends RuleInfo {
  scope: 'catalog';
  check(content: Content): Problem[];
}

export type Rule = EntryRule | CatalogRule;

/** A problem at a field of an entry, with the line the field stands on. */
export function problemAt(entry: EntryFile, path: FieldPath, message: string, hint?: string): Problem {
  return { file: entry.file, path: formatPath(path) || undefined, line: entry.lineOf(path), message, hint };
}

/** A problem in an entry's prose, at a line of the prose (1-based). */
export function problemInBody(entry: EntryFile, bodyLine: number, message: string, hint?: string): Problem {
  return { file: entry.file, path: 'body', line: (entry.bodyLine ?? 1) + bodyLine - 1, message, hint };
}
