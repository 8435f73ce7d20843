// Every external URL the content cites, with the files that cite it, for the weekly link check.
import { readEntryFiles } from './entry-files.ts';
import { walkValues } from './walk.ts';

export function sourceLinks(root: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const add = (url: string, file: string) => {
    const files = links.get(url) ?? [];
    if (!files.includes(file)) files.push(file);
    links.set(url, files);
  };
  for (const entry of readEntryFiles(root).entries) {
    walkValues(entry.data, (value) => {
      if (typeof value === 'string' && /^https:\/\//.test(value)) add(value, entry.file);
    });
    for (const [, url] of (entry.body ?? '').matchAll(/\]\((https:\/\/[^)\s]+)\)/g)) add(url!, entry.file);
  }
  return links;
}
