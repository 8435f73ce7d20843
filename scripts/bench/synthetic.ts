// Synthetic but schema-valid entries for the benchmark: models with organizations, licenses taken
// from the real content, lineage (fine-tunes of earlier models, datasets with each kind of terms,
// variants with terms of their own, license history) and a few paragraphs of prose.
// Deterministic for a given count, so two runs measure the same site.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { OPENNESS_COMPONENT_NAMES } from '../../src/schema/model.ts';
import { ARCHITECTURES, FINE_TUNING_METHODS, OPENNESS_LEVELS, WEIGHTS_ACCESS } from '../../src/schema/vocabulary.ts';

const SOURCE = 'https://example.org/synthetic';
const MODELS_PER_ORGANIZATION = 25;
const WEB_CORPORA = 7;
// Instruction data: one under binding terms, one that is model output, one a cleaned copy of the first.
const INSTRUCTION_SETS = ['synthetic-instructions', 'synthetic-chat-output', 'synthetic-instructions-cleaned'] as const;

/** A small seeded generator (mulberry32): the same count always gives the same entries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(5, '0');
export const syntheticModelId = (n: number) => `synthetic-${pad(n)}`;

interface Draw {
  next: () => number;
  pick: <T>(list: readonly T[]) => T;
}

function writeOrganizations(contentDir: string, organizations: number, { pick }: Draw): void {
  mkdirSync(join(contentDir, 'organizations'), { recursive: true });
  for (let n = 1; n <= organizations; n += 1) {
    writeFileSync(
      join(contentDir, 'organizations', `synthetic-lab-${pad(n)}.yaml`),
      stringify({
        name: `Synthetic Lab ${n}`,
        kind: pick(['company', 'nonprofit', 'academic', 'collective']),
        website: `${SOURCE}/lab-${n}`,
        summary: `A made-up publisher used to measure the site at scale (number ${n}).`,
      }),
    );
  }
}

function requiresRegistration(contentDir: string, license: string): boolean {
  const entry = parse(readFileSync(join(contentDir, 'licenses', `${license}.yaml`), 'utf8')) as {
    clauses?: { registration_required?: { applies?: unknown } };
  };
  return entry.clauses?.registration_required?.applies === true;
}

/** The datasets the synthetic models are trained on: web corpora and instruction sets with each kind of terms. */
function writeDatasets(contentDir: string, licenses: readonly string[], { pick }: Draw): void {
  mkdirSync(join(contentDir, 'datasets'), { recursive: true });
  const write = (id: string, entry: Record<string, unknown>) =>
    writeFileSync(
      join(contentDir, 'datasets', `${id}.yaml`),
      stringify(
        {
          url: `${SOURCE}/${id}`,
          summary: `A made-up dataset used to measure the site at scale (${id}).`,
          ...entry,
          sources: { license: `${SOURCE}/${id}`, binding: `${SOURCE}/${id}`, ...(entry.sources as object) },
          last_verified: '2026-11-01',
        },
        { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
      ),
    );
  for (let n = 0; n < WEB_CORPORA; n += 1) {
    write(`synthetic-web-${n}`, {
      name: `Synthetic web corpus ${n}`,
      license: 'odc-by',
      binding: false,
      binding_reason: 'Asks only for credit.',
    });
  }
  write('synthetic-instructions', {
    name: 'Synthetic instruction set',
    license: pick(licenses),
    binding: true,
    binding_reason: 'Its publisher says models trained on it follow its terms.',
  });
  write('synthetic-instructions-cleaned', {
    name: 'Synthetic instruction set, cleaned',
    license: 'odc-by',
    binding: false,
    binding_reason: 'Asks only for credit; the original keeps its terms.',
    derived_from: ['synthetic-instructions'],
    sources: { derived_from: `${SOURCE}/cleaned` },
  });
  write('synthetic-chat-output', {
    name: 'Synthetic chat output',
    license: 'odc-by',
    binding: false,
    binding_reason: 'Asks only for credit.',
    generated_by: [{ name: 'A made-up chat service', terms: 'openai-terms-of-use' }],
    sources: { generated_by: `${SOURCE}/chat-output` },
  });
}

/** A tuned variant of model `n` under a license of its own, sometimes with data of its own. */
function syntheticVariant(
  n: number,
  licenses: readonly string[],
  registers: ReadonlySet<string>,
  { next, pick }: Draw,
) {
  const source = `${SOURCE}/variant-${n}`;
  return {
    id: `${syntheticModelId(n)}-chat`,
    name: `Synthetic Model ${n} Chat`,
    // A variant shares its model's weights' access, so its license may not require registration.
    license: pick(licenses.filter((candidate) => !registers.has(candidate))),
    ...(next() < 0.5
      ? { training_data: [pick(INSTRUCTION_SETS)], sources: { license: source, training_data: source } }
      : { sources: { license: source } }),
  };
}

/** Model number `n`'s front matter and prose, drawn in a fixed order so a count gives one site. */
function syntheticModel(
  n: number,
  organizations: number,
  licenses: readonly string[],
  registers: ReadonlySet<string>,
  draw: Draw,
) {
  const { next, pick } = draw;
  const id = syntheticModelId(n);
  const year = 2019 + Math.floor(next() * 7);
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const sizes = [
    ...new Set(
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick([0.5, 1, 1.5, 3, 7, 8, 13, 14, 34, 70, 180])),
    ),
  ].sort((a, b) => a - b);
  const base = n > 10 && next() < 0.35 ? syntheticModelId(1 + Math.floor(next() * (n - 1))) : undefined;
  const license = pick(licenses);
  const parameters = next() < 0.05 ? 'unknown' : sizes;
  const trainingTokens = next() < 0.2 ? 'unknown' : Math.floor(1 + next() * 15) * 1e12;
  const weights = pick(WEIGHTS_ACCESS);
  const model: Record<string, unknown> = {
    name: `Synthetic Model ${n}`,
    organization: `synthetic-lab-${pad(1 + ((n - 1) % organizations))}`,
    release_date: date,
    summary: `A made-up ${sizes.join('/')}B model for the benchmark, number ${n}, under ${license}.`,
    parameters,
    architecture: pick(ARCHITECTURES),
    // Stated on every model: a license may have clauses that bind only multimodal models.
    modalities: next() < 0.2 ? ['text', 'image'] : ['text'],
    context_length: pick([2048, 4096, 8192, 32768, 131072]),
    training_tokens: trainingTokens,
    ...(base ? { base_model: base, fine_tuning: [pick(FINE_TUNING_METHODS)] } : {}),
    training_data: [`synthetic-web-${n % WEB_CORPORA}`, ...(next() < 0.1 ? [pick(INSTRUCTION_SETS)] : [])],
    license,
    ...(next() < 0.1 ? { variants: [syntheticVariant(n, licenses, registers, draw)] } : {}),
    ...(next() < 0.05
      ? { license_history: [{ license: pick(licenses), until: `${year}-12-31`, source: `${SOURCE}/history-${n}` }] }
      : {}),
    // Registration is recorded once: a license that requires it gates the weights.
    weights: registers.has(license) && weights === 'open' ? 'gated' : weights,
    openness: Object.fromEntries(
      OPENNESS_COMPONENT_NAMES.map((name) => {
        const level = pick(OPENNESS_LEVELS);
        return [name, level === 'unknown' ? { level } : { level, source: `${SOURCE}/${id}/${name}` }];
      }),
    ),
    links: { website: `${SOURCE}/${id}` },
    sources: {
      release_date: `${SOURCE}/${id}`,
      architecture: `${SOURCE}/${id}`,
      modalities: `${SOURCE}/${id}`,
      context_length: `${SOURCE}/${id}`,
      license: `${SOURCE}/${id}`,
      ...(parameters === 'unknown' ? {} : { parameters: `${SOURCE}/${id}` }),
      ...(trainingTokens === 'unknown' ? {} : { training_tokens: `${SOURCE}/${id}` }),
      weights: `${SOURCE}/${id}`,
      training_data: `${SOURCE}/${id}`,
      ...(base ? { base_model: `${SOURCE}/${id}`, fine_tuning: `${SOURCE}/${id}` } : {}),
    },
    last_verified: '2026-11-01',
  };
  const prose = [
    `Synthetic Model ${n} exists only to measure how the site behaves with many entries. Its facts are drawn at random from the schema's vocabulary, so every page, badge and API record is built the way a real one would be.`,
    base
      ? `It is presented as a fine-tune of Synthetic Model ${Number(base.slice(-5))}, so it appears in that model's lineage.`
      : 'It is presented as a model trained from scratch.',
    'Nothing here describes a real model or a real license decision.',
  ].join('\n\n');
  return { id, model, prose };
}

/**
 * Adds `count` synthetic models (and their organizations) to the content folder at `contentDir`,
 * next to the real entries. Returns the ids written.
 */
export function writeSyntheticContent(contentDir: string, count: number): string[] {
  const next = random(count);
  const draw: Draw = { next, pick: (list) => list[Math.floor(next() * list.length)]! };
  const licenses = readdirSync(join(contentDir, 'licenses')).map((file) => file.replace(/\.yaml$/, ''));
  const registers = new Set(licenses.filter((id) => requiresRegistration(contentDir, id)));
  const organizations = Math.max(1, Math.ceil(count / MODELS_PER_ORGANIZATION));
  writeOrganizations(contentDir, organizations, draw);
  writeDatasets(contentDir, licenses, draw);
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const { id, model, prose } = syntheticModel(n, organizations, licenses, registers, draw);
    writeFileSync(
      join(contentDir, 'models', `${id}.md`),
      `---\n${stringify(model, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${prose}\n`,
    );
    ids.push(id);
  }
  return ids;
}
