// Every external URL the content cites, with the files that cite it, for the weekly link check.
import { readEntryFiles } from './entry-files.ts';

export function sourceLinks(root: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const add = (url: string, file: string) => {
    const files = links.get(url) ?? [];
    if (!files.includes(file)) files.push(file);
    links.set(url, files);
  };
  const walk = (value: unknown, file: string) => {
    if (typeof value === 'string' && /^https:\/\//.test(value)) add(value, file);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, file));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => walk(item, file));
  };
  for (const entry of readEntryFiles(root).entries) {
    walk(entry.data, entry.file);
    for (const [, url] of (entry.body ?? '').matchAll(/\]\((https:\/\/[^)\s]+)\)/g)) add(url!, entry.file);
  }
  return links;
}
