// `npm run new-model` writes "TODO: …" where a fact or its source is still to come.
import type { Problem } from '../../data/entry-files.ts';
import { isPlaceholder, PLACEHOLDER } from '../../data/template.ts';
import { walkValues } from '../../data/walk.ts';
import { problemAt, problemInBody, type EntryRule } from '../rule.ts';

export const placeholders: EntryRule = {
  name: 'placeholders',
  checks: "No field and no line of prose still holds the template's TODO placeholder.",
  scope: 'entry',
  collections: ['models', 'licenses', 'organizations', 'datasets'],
  check(entry) {
    const problems: Problem[] = [];
    walkValues(entry.data, (value, path) => {
      if (isPlaceholder(value)) {
        problems.push(
          problemAt(
            entry,
            path,
            `is not filled in (${value})`,
            'replace the placeholder with the fact and its source, or write unknown where a fact allows it',
          ),
        );
      }
    });
    const line = (entry.body ?? '').split('\n').findIndex((text) => text.includes(`${PLACEHOLDER}:`));
    if (line >= 0) {
      problems.push(
        problemInBody(
          entry,
          line + 1,
          "the prose still holds the template's placeholder",
          'write a few sentences about the model and its terms in your own words',
        ),
      );
    }
    return problems;
  },
};
