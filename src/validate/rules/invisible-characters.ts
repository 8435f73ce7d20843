// Zero-width and bidirectional-control characters can hide text from a reviewer (Trojan Source).
import type { Problem } from '../../data/entry-files.ts';
import { walkValues } from '../../data/walk.ts';
import { INVISIBLE_CHARACTERS } from '../../schema/primitives.ts';
import { problemAt, problemInBody, type EntryRule } from '../rule.ts';

const HINT = 'delete it: such characters can hide text from reviewers';

/** The first invisible character of a text, as U+XXXX. */
function codePoint(text: string): string {
  const character = INVISIBLE_CHARACTERS.exec(text)?.[0] ?? '';
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const invisibleCharacters: EntryRule = {
  name: 'invisible-characters',
  checks: 'No field name, value or prose holds an invisible or bidirectional-control character.',
  scope: 'entry',
  collections: ['models', 'licenses', 'organizations', 'datasets'],
  check(entry) {
    const problems: Problem[] = [];
    walkValues(entry.data, (value, path) => {
      const key = path.at(-1);
      if (typeof key === 'string' && INVISIBLE_CHARACTERS.test(key)) {
        problems.push(
          problemAt(
            entry,
            path.slice(0, -1),
            `a field name contains an invisible character (${codePoint(key)})`,
            'retype the field name',
          ),
        );
      }
      if (typeof value === 'string' && INVISIBLE_CHARACTERS.test(value)) {
        problems.push(
          problemAt(
            entry,
            path,
            `contains an invisible or bidirectional-control character (${codePoint(value)})`,
            HINT,
          ),
        );
      }
    });
    if (entry.body !== undefined && INVISIBLE_CHARACTERS.test(entry.body)) {
      const line = entry.body.split('\n').findIndex((text) => INVISIBLE_CHARACTERS.test(text));
      problems.push(
        problemInBody(
          entry,
          line + 1,
          `contains an invisible or bidirectional-control character (${codePoint(entry.body)})`,
          HINT,
        ),
      );
    }
    return problems;
  },
};
