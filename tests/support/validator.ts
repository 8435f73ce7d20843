// Runs the validator on a copy of the valid fixture after an edit, and returns the lines a
// contributor reads: the rule tests compare them word for word.
import { validateContent } from '../../src/validate/index.ts';
import { formatProblem } from '../../src/validate/report.ts';
import { fixtureCopy, type Fixture } from './fixtures.ts';

export const BASE = 'content/models/base-model.md';
export const TUNED = 'content/models/tuned-model.md';
export const DATA = 'content/datasets/example-instructions.yaml';

export function problemsAfter(setup: (fixture: Fixture) => void): string[] {
  const fixture = fixtureCopy();
  try {
    setup(fixture);
    return validateContent(fixture.root).problems.map(formatProblem);
  } finally {
    fixture.remove();
  }
}

/** One test case: an edit of the fixture and every line it must make the validator print. */
export interface RuleCase {
  what: string;
  setup: (fixture: Fixture) => void;
  expected: string[];
}
