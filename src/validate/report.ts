// How problems are shown: one line each in a terminal, and as GitHub annotations on a pull request.
import type { Problem } from '../data/entry-files.ts';

export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file} › ${problem.path}` : problem.file;
  return `${where}: ${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`;
}

/** A GitHub Actions workflow command, which shows the problem on the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const line = problem.line === undefined ? '' : `,line=${problem.line}`;
  const message = `${problem.path ? `${problem.path}: ` : ''}${problem.message}${problem.hint ? ` — ${problem.hint}` : ''}`;
  return `::error file=${escapeProperty(problem.file)}${line}::${escapeData(message)}`;
}
