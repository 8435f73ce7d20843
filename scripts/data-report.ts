// npm run data-report: where the data is weakest. Per entry and overall: facts stated with a
// source or left unknown, unconfirmed license clauses, sources pinned to a commit, and the oldest
// check. It warns; it never fails. `--json` prints the numbers for other programs.
import { validateContent } from '../src/validate/index.ts';
import { entryQuality, overallQuality, weakestFirst, type EntryQuality } from '../src/derive/data-quality.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = args.find((arg) => !arg.startsWith('--')) ?? process.cwd();
// An entry not checked against its sources for this long gets a warning.
const STALE_DAYS = 365;

const { catalog } = validateContent(root);
const rows = entryQuality(catalog);
const overall = overallQuality(rows);
const daysSince = (date: string) => Math.floor((Date.now() - Date.parse(date)) / 86_400_000);
const stale = rows.filter((row) => daysSince(row.lastVerified) > STALE_DAYS);

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

function table(list: readonly EntryQuality[]): string {
  const header = ['entry', 'stated', 'sourced', 'unknown', 'pinned sources', 'last verified'];
  const lines = list.map((row) => [
    row.file,
    String(row.stated),
    String(row.sourced),
    String(row.unknown),
    `${row.pinned}/${row.sources} (${percent(row.pinned, row.sources)})`,
    row.lastVerified,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

if (json) {
  console.log(
    JSON.stringify({ overall: { ...overall, oldest: overall.oldest?.file ?? null }, entries: rows }, null, 2),
  );
} else {
  console.log(
    `Data quality: ${catalog.models.size} models, ${catalog.licenses.size} licenses, ${catalog.datasets.size} datasets`,
  );
  console.log(
    `Facts and clauses: ${overall.stated} stated (${percent(overall.sourced, overall.stated)} with a source), ${overall.unknown} unknown`,
  );
  console.log(
    `Sources: ${overall.pinned} of ${overall.sources} pinned to a commit (${percent(overall.pinned, overall.sources)})`,
  );
  if (overall.oldest) console.log(`Oldest check: ${overall.oldest.file}, last verified ${overall.oldest.lastVerified}`);
  console.log(`\nWeakest first (most unknowns, then fewest pinned sources):\n\n${table(weakestFirst(rows))}`);
}
for (const row of stale) console.warn(`warning: ${row.file} was last verified ${daysSince(row.lastVerified)} days ago`);
