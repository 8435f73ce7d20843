// YAML 1.1 parsers (Astro's among them) turn an unquoted 2024-13-01 into a timestamp and roll it
// over to 2025-01-01, and read an unquoted yes/no/on/off as a boolean; a quoted string keeps what
// the contributor wrote, whichever parser reads it.
import { isMap, isScalar, isSeq } from 'yaml';
import { formatPath, type Problem } from '../../data/entry-files.ts';
import type { EntryRule } from '../rule.ts';

const DATE_LIKE = /^\d{4}-\d{1,2}(?:-\d{1,2})?(?:[Tt ].*)?$/;
const BOOLEAN_LIKE = /^(?:y|yes|n|no|on|off)$/i;

export const yamlQuirks: EntryRule = {
  name: 'yaml-quirks',
  checks: 'Dates and yes/no values are quoted, so no YAML parser changes them.',
  scope: 'entry',
  collections: ['models', 'licenses', 'organizations', 'datasets'],
  check(entry) {
    const problems: Problem[] = [];
    const walk = (node: unknown, path: PropertyKey[]) => {
      if (isMap(node)) {
        for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => walk(item, [...path, index]));
      } else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string') {
        const line = node.range ? entry.lineAt(node.range[0]) : undefined;
        const at = { file: entry.file, path: formatPath(path), line };
        if (DATE_LIKE.test(node.value)) {
          problems.push({
            ...at,
            message: `date ${node.value} is not quoted`,
            hint: `write "${node.value}" in quotes: unquoted, YAML turns it into a timestamp and may change it`,
          });
        } else if (BOOLEAN_LIKE.test(node.value)) {
          problems.push({
            ...at,
            message: `${node.value} is not quoted`,
            hint: `write "${node.value}" in quotes: unquoted, some YAML parsers read it as true or false`,
          });
        }
      }
    };
    walk(entry.document.contents, []);
    return problems;
  },
};
