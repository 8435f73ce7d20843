// Every check a contributor's entry must pass, run by `npm run validate` and by the build.
// It collects every problem and reports them together, one line each.
import { closest, distance } from 'fastest-levenshtein';
import { fromMarkdown } from 'mdast-util-from-markdown';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { z } from 'astro/zod';
import {
  INVISIBLE_CHARACTERS, SOURCED_FIELDS, UNKNOWN, type SourcedField, isHttpsUrl, licenseSchema, modelSchema, organizationSchema,
  type License, type Model, type Organization,
} from '../schema/index.ts';
import { makeCatalog, type Catalog } from './catalog.ts';
import { formatPath, readEntryFiles, type Collection, type EntryFile, type FieldPath, type Problem } from './entry-files.ts';
import { baseModelCycles } from './lineage.ts';
import { commercialUse } from './terms.ts';
import { describeReason } from './format.ts';
import { PLACEHOLDER } from './scaffold.ts';

export type { Problem } from './entry-files.ts';

const SCHEMAS: Record<Collection, z.ZodType> = {
  models: modelSchema,
  licenses: licenseSchema,
  organizations: organizationSchema,
};

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed their own schema, for callers that go on to derive facts. */
  catalog: Catalog;
}

export function validateContent(root: string): ValidationResult {
  const { entries, ids, problems } = readEntryFiles(root);
  const valid: { [K in Collection]: { id: string; data: unknown }[] } = { models: [], licenses: [], organizations: [] };

  for (const entry of entries) {
    // An empty file, a list or a lone value has no fields to check one by one.
    if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) {
      const what = entry.collection === 'models' ? 'front matter' : 'file';
      problems.push({ file: entry.file, line: 1, message: `${what} is ${entry.data === null || entry.data === undefined ? 'empty' : 'not a map of fields'}`, hint: 'write one "field: value" per line' });
      continue;
    }
    const unfilled = placeholders(entry);
    // A field still holding its scaffold placeholder is reported once, as unfilled.
    const unfilledPaths = new Set(unfilled.map((problem) => problem.path));
    const entryProblems = [...schemaProblems(entry).filter((problem) => !unfilledPaths.has(problem.path)), ...unfilled, ...invisibleCharacters(entry)];
    if (entry.collection === 'models') entryProblems.push(...modelFileProblems(entry));
    problems.push(...entryProblems);
    if (!entryProblems.some((problem) => problem.path !== 'body')) valid[entry.collection].push({ id: entry.id, data: entry.data });
  }

  const catalog = makeCatalog({
    models: valid.models as { id: string; data: Model }[],
    licenses: valid.licenses as { id: string; data: License }[],
    organizations: valid.organizations as { id: string; data: Organization }[],
  });
  const byFile = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const entryOf = (collection: Collection, id: string) => byFile.get(`${collection}/${id}`)!;
  problems.push(...referenceProblems(catalog, ids, entryOf));
  problems.push(...licenseProblems(catalog, entryOf));
  problems.push(...lineageProblems(catalog, entryOf));

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, catalog };
}

function at(entry: EntryFile, path: FieldPath, message: string, hint?: string): Problem {
  return { file: entry.file, path: formatPath(path) || undefined, line: entry.lineOf(path), message, hint };
}

// ---- one entry against its schema ----

function schemaProblems(entry: EntryFile): Problem[] {
  const schema = SCHEMAS[entry.collection];
  const result = schema.safeParse(entry.data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => issueProblems(entry, schema, issue));
}

function issueProblems(entry: EntryFile, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      if (key === 'slug' && path.length === 0) {
        return at(entry, keyPath, '"slug" is not allowed: it would silently replace the id', `the id is the file name; rename the file instead`);
      }
      const known = keysAt(schema, path);
      const guess = known.length > 0 ? closest(key, known) : undefined;
      const hint = guess !== undefined && distance(key, guess) <= Math.max(2, Math.floor(key.length / 3))
        ? `did you mean "${guess}"?`
        : known.length > 0 ? `allowed here: ${known.join(', ')}` : undefined;
      return at(entry, keyPath, `unknown field "${key}"`, hint);
    });
  }
  if ('input' in issue && issue.input === undefined && issue.code === 'invalid_type') {
    const description = schemaAt(schema, path)?.description;
    return [at(entry, path, 'required field is missing', description ? `${description} (${issue.message})` : issue.message)];
  }
  return [at(entry, path, issue.message)];
}

/** The schema of the field at a path, for hints drawn from its description. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<PropertyKey, unknown>)[segment];
    else if (current instanceof z.ZodArray) current = current.element;
    else return undefined;
  }
  return current instanceof z.ZodType ? current : undefined;
}

function unwrap(value: unknown): unknown {
  return value instanceof z.ZodOptional || value instanceof z.ZodNullable ? unwrap(value.unwrap()) : value;
}

/** The field names an object schema allows at a path, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const object = unwrap(schemaAt(schema, path));
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

// `npm run new-model` writes "TODO: …" where a fact or its source is still to come.
function placeholders(entry: EntryFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.startsWith(PLACEHOLDER)) {
      problems.push(at(entry, path, `is not filled in (${value})`, 'replace the placeholder with the fact and its source, or write unknown where a fact allows it'));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(entry.data, []);
  const lines = (entry.body ?? '').split('\n');
  const line = lines.findIndex((text) => text.includes(`${PLACEHOLDER}:`));
  if (line >= 0) {
    problems.push({ file: entry.file, path: 'body', line: (entry.bodyLine ?? 1) + line, message: 'the prose still holds the template\'s placeholder', hint: 'write a few sentences about the model and its terms in your own words' });
  }
  return problems;
}

function invisibleCharacters(entry: EntryFile): Problem[] {
  const problems: Problem[] = [];
  const describe = (text: string) => {
    const character = INVISIBLE_CHARACTERS.exec(text)?.[0] ?? '';
    return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (INVISIBLE_CHARACTERS.test(value)) {
        problems.push(at(entry, path, `contains an invisible or bidirectional-control character (${describe(value)})`, 'delete it: such characters can hide text from reviewers'));
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (INVISIBLE_CHARACTERS.test(key)) problems.push(at(entry, path, `a field name contains an invisible character (${describe(key)})`, 'retype the field name'));
        walk(item, [...path, key]);
      }
    }
  };
  walk(entry.data, []);
  if (entry.body !== undefined && INVISIBLE_CHARACTERS.test(entry.body)) {
    const line = entry.body.split('\n').findIndex((text) => INVISIBLE_CHARACTERS.test(text));
    problems.push({ file: entry.file, path: 'body', line: (entry.bodyLine ?? 1) + line, message: `contains an invisible or bidirectional-control character (${describe(entry.body)})`, hint: 'delete it: such characters can hide text from reviewers' });
  }
  return problems;
}

// ---- rules of a model file beyond its schema ----

function modelFileProblems(entry: EntryFile): Problem[] {
  const problems: Problem[] = [];
  const data = entry.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file: entry.file, line: 1, message: 'front matter is not a map of fields', hint: 'write one "field: value" per line' }];
  }
  const fields = data as Record<string, unknown>;
  const sources = (typeof fields.sources === 'object' && fields.sources !== null ? fields.sources : {}) as Record<string, unknown>;
  for (const field of SOURCED_FIELDS) {
    const value = fields[field];
    if (value === undefined || value === UNKNOWN) continue;
    if (sources[field] === undefined) {
      problems.push(at(entry, [field], `has no source`, `add sources.${field}: the https URL of the page that states it (or write ${field}: unknown)`));
    }
  }
  // A source left behind by a missing required field is already reported as the missing field.
  for (const field of Object.keys(sources)) {
    const missingRequired = fields[field] === undefined && !modelSchema.shape[field as SourcedField]?.safeParse(undefined).success;
    if (missingRequired) continue;
    if ((SOURCED_FIELDS as readonly string[]).includes(field) && (fields[field] === undefined || fields[field] === UNKNOWN)) {
      problems.push(at(entry, ['sources', field], `cites a source for "${field}", which is ${fields[field] === undefined ? 'absent' : 'unknown'}`, `fill in ${field} from the source, or remove sources.${field}`));
    }
  }
  const { parameters, active_parameters: active } = fields;
  if (Array.isArray(active) && Array.isArray(parameters) && active.length !== parameters.length) {
    problems.push(at(entry, ['active_parameters'], `lists ${active.length} sizes but parameters lists ${parameters.length}`, 'give one active size per total size, in the same order'));
  }
  problems.push(...bodyProblems(entry));
  return problems;
}

// Model prose is Markdown only: raw HTML and non-https links could run code in a visitor's
// browser or pull in third-party content.
function bodyProblems(entry: EntryFile): Problem[] {
  const body = entry.body ?? '';
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => (entry.bodyLine ?? 1) + (node.position?.start.line ?? 1) - 1;
  if (body.trim() === '') {
    problems.push({ file: entry.file, path: 'body', line: entry.bodyLine, message: 'has no prose', hint: 'after the front matter, write a few sentences about the model and its terms' });
  }
  const walk = (node: { type: string; url?: string; value?: string; children?: unknown[]; position?: { start: { line: number } } }) => {
    if (node.type === 'html') {
      const tag = /<\/?\s*([a-z][\w-]*)/i.exec(node.value ?? '')?.[1];
      problems.push({ file: entry.file, path: 'body', line: lineOf(node), message: `raw HTML is not allowed${tag ? ` (<${tag}>)` : ''}`, hint: 'write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered' });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({ file: entry.file, path: 'body', line: lineOf(node), message: 'images are not allowed in model prose', hint: 'link to the image instead' });
    } else if ((node.type === 'link' || node.type === 'definition') && !isHttpsUrl(node.url ?? '')) {
      problems.push({ file: entry.file, path: 'body', line: lineOf(node), message: `link "${node.url}" is not an https URL`, hint: 'links must be absolute https:// URLs (javascript: and data: are never accepted)' });
    }
    for (const child of (node.children ?? []) as typeof node[]) walk(child);
  };
  walk(fromMarkdown(body));
  return problems;
}

// ---- rules across entries ----

function referenceProblems(catalog: Catalog, ids: Record<Collection, Set<string>>, entryOf: (c: Collection, id: string) => EntryFile): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: EntryFile, path: FieldPath, id: unknown, collection: Collection, known: ReadonlyMap<string, unknown>) => {
    if (typeof id !== 'string' || known.has(id)) return;
    if (ids[collection].has(id)) return; // the entry is there but broken: its own problems say why
    const guess = closestId(id, [...known.keys()]);
    problems.push(at(entry, path, `unknown ${collection.replace(/s$/, '')} id "${id}"`, guess ? `did you mean "${guess}"? (content/${collection}/${guess}.${collection === 'models' ? 'md' : 'yaml'})` : `add content/${collection}/${id} first`));
  };
  for (const [id, model] of catalog.models) {
    const entry = entryOf('models', id);
    check(entry, ['organization'], model.organization, 'organizations', catalog.organizations);
    check(entry, ['license'], model.license, 'licenses', catalog.licenses);
    if (model.base_model === id) problems.push(at(entry, ['base_model'], 'names the model itself', 'remove base_model or name the model this one was trained from'));
    else check(entry, ['base_model'], model.base_model, 'models', catalog.models);
    model.variants?.forEach((variant, index) => {
      check(entry, ['variants', index, 'license'], variant.license, 'licenses', catalog.licenses);
      check(entry, ['variants', index, 'base_model'], variant.base_model, 'models', catalog.models);
    });
    model.license_history?.forEach((change, index) => check(entry, ['license_history', index, 'license'], change.license, 'licenses', catalog.licenses));
    model.training_data?.forEach((dataset, index) => check(entry, ['training_data', index, 'terms'], dataset.terms, 'licenses', catalog.licenses));
  }
  return problems;
}

/** The likeliest intended id: one that starts with or contains what was typed, else the nearest by edits. */
function closestId(typed: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const containing = ids.filter((id) => id.startsWith(typed) || id.includes(typed)).sort((a, b) => a.length - b.length);
  return containing[0] ?? closest(typed, [...ids]);
}

const SPDX_IDS = new Set<string>(spdxIds);

function licenseProblems(catalog: Catalog, entryOf: (c: Collection, id: string) => EntryFile): Problem[] {
  const problems: Problem[] = [];
  for (const [id, license] of catalog.licenses) {
    if (license.spdx !== null && !SPDX_IDS.has(license.spdx)) {
      const guess = closest(license.spdx, [...SPDX_IDS]);
      problems.push(at(entryOf('licenses', id), ['spdx'], `"${license.spdx}" is not on the SPDX license list`, `did you mean "${guess}"? Use null when the license has no SPDX id`));
    }
  }
  return problems;
}

function lineageProblems(catalog: Catalog, entryOf: (c: Collection, id: string) => EntryFile): Problem[] {
  const problems: Problem[] = [];
  const cycles = baseModelCycles(catalog);
  const inCycle = new Set(cycles.flat());
  for (const cycle of cycles) {
    problems.push(at(entryOf('models', cycle[0]!), ['base_model'], `base_model forms a cycle: ${[...cycle, cycle[0]].join(' → ')}`, 'a model cannot descend from itself; fix base_model in one of these entries'));
  }
  for (const [id, model] of catalog.models) {
    if (model.commercial_use === undefined || inCycle.has(id) || !referencesResolve(catalog, model)) continue;
    const derived = commercialUse(catalog, id);
    if (derived.verdict !== model.commercial_use) {
      const why = derived.reasons.map((reason) => describeReason(catalog, reason)).join(' ') || 'no clause restricts it.';
      problems.push(at(entryOf('models', id), ['commercial_use'], `states "${model.commercial_use}" but the license and lineage give "${derived.verdict}"`, `${why} Fix the license entry or the lineage if they are wrong; otherwise remove or correct commercial_use`));
    }
  }
  return problems;
}

function referencesResolve(catalog: Catalog, model: Model): boolean {
  const licenses = [model.license, ...(model.training_data ?? []).map((d) => d.terms), ...(model.variants ?? []).map((v) => v.license)];
  const models = [model.base_model, ...(model.variants ?? []).map((v) => v.base_model)];
  return licenses.every((id) => id === undefined || catalog.licenses.has(id))
    && models.every((id) => id === undefined || catalog.models.has(id));
}

// ---- output ----

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
