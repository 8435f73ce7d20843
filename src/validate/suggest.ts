// "Did you mean …?" for a field name or an entry id a contributor typed.
import { closest, distance } from 'fastest-levenshtein';
import { ID_PATTERN } from '../schema/primitives.ts';
import { COLLECTIONS, type Collection, type EntryFile } from '../data/entry-files.ts';
import { fieldsOf } from '../data/walk.ts';

/** Whether a guess is near enough to what was typed to be worth suggesting. */
function isNear(typed: string, guess: string): boolean {
  return distance(typed, guess) <= Math.max(2, Math.floor(typed.length / 3));
}

/** The known name nearest to what was typed, when one is near enough. */
export function nearestName(typed: string, known: readonly string[]): string | undefined {
  // Nothing typed is near everything short; suggesting one of them would be a guess.
  if (known.length === 0 || typed.trim() === '') return undefined;
  const guess = closest(typed, [...known]);
  return isNear(typed, guess) ? guess : undefined;
}

/** What an entry is also known as: a license's SPDX id and its name, say. */
export type Aliases = ReadonlyMap<string, readonly string[]>;

/** An id without case and punctuation: "Apache2" and "apache-2.0" compare as "apache2", "apache20". */
const bare = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The id a contributor most likely meant: one whose aliases match what was typed (ignoring case:
 * "Apache-2.0" for apache-2.0), then one that starts with or contains it (ignoring punctuation),
 * then the nearest by edits. Nothing when no id is near: a new id needs its own entry, not a guess.
 */
export function nearestId(typed: string, ids: readonly string[], aliases: Aliases = new Map()): string | undefined {
  const lower = typed.toLowerCase();
  const aliased = ids.find((id) => (aliases.get(id) ?? []).some((alias) => alias.toLowerCase() === lower));
  if (aliased !== undefined) return aliased;
  const typedBare = bare(typed);
  const containing =
    typedBare === '' ? [] : ids.filter((id) => bare(id).includes(typedBare)).sort((a, b) => a.length - b.length);
  return containing[0] ?? nearestName(lower, ids);
}

/** A license is also known by its SPDX id and its name: "Apache-2.0" means apache-2.0. */
export function licenseAliases(entries: readonly EntryFile[]): Aliases {
  const aliases = new Map<string, string[]>();
  for (const entry of entries.filter((e) => e.collection === 'licenses')) {
    const { spdx, name } = fieldsOf(entry.data) ?? {};
    aliases.set(
      entry.id,
      [spdx, name].filter((alias): alias is string => typeof alias === 'string'),
    );
  }
  return aliases;
}

/** Where CONTRIBUTING.md says how to add an entry of each kind. */
const HOW_TO_ADD: Record<Collection, string> = {
  models: 'Add a model',
  licenses: 'Add a license',
  organizations: 'Add an organization',
  datasets: 'Add a dataset',
};

/** What to do about an id with no entry: the id meant, or how to add the entry. */
export function unknownIdHint(id: string, collection: Collection, guess: string | undefined): string {
  const file = (entryId: string) => `content/${collection}/${entryId}${COLLECTIONS[collection].extension}`;
  if (guess !== undefined) return `did you mean "${guess}"? (${file(guess)})`;
  if (!ID_PATTERN.test(id)) return `ids are the lowercase kebab-case file names in content/${collection}/`;
  return `there is no such entry yet: add ${file(id)} first (CONTRIBUTING.md, "${HOW_TO_ADD[collection]}")`;
}
