// Astro's loaders for content/: one per collection, reading the same folders as the validator.
import { glob } from 'astro/loaders';
import { COLLECTIONS, type Collection } from './entry-files.ts';

/**
 * The id is the file name, exactly: no slugging (which would drop the dot of "apache-2.0") and no
 * front-matter `slug` override. The validator enforces the naming rule.
 */
export function entryLoader(collection: Collection) {
  const { dir, extension } = COLLECTIONS[collection];
  return glob({
    pattern: `*${extension}`,
    base: `./${dir}`,
    generateId: ({ entry }) => entry.slice(0, -extension.length),
  });
}
