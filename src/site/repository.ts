// Where the project's source lives, for "edit this page" and "report a problem" links. Set
// REPOSITORY_URL (e.g. https://github.com/owner/open-llm-atlas) at build time; without it the
// site shows no such links rather than guessing an address.
const configured = process.env.REPOSITORY_URL?.replace(/\/+$/, '');

export const REPOSITORY_URL: string | undefined = configured && /^https:\/\//.test(configured) ? configured : undefined;

/** The repository's editor for a file, e.g. content/models/llama.md. */
export function editUrl(file: string): string | undefined {
  return REPOSITORY_URL ? `${REPOSITORY_URL}/edit/main/${file}` : undefined;
}

/** A file as the repository shows it, e.g. CONTRIBUTING.md. */
export function fileUrl(file: string): string | undefined {
  return REPOSITORY_URL ? `${REPOSITORY_URL}/blob/main/${file}` : undefined;
}

/** A new issue, on one of the forms in .github/ISSUE_TEMPLATE when `template` names it. */
export function newIssueUrl(template?: string): string | undefined {
  if (!REPOSITORY_URL) return undefined;
  return `${REPOSITORY_URL}/issues/new${template ? `?template=${encodeURIComponent(template)}` : ''}`;
}
