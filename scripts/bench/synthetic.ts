// Synthetic but schema-valid entries for the benchmark: models with organizations, licenses taken
// from the real content, lineage (fine-tunes of earlier models, binding training data, variants,
// license history) and a few paragraphs of prose. Deterministic for a given count, so two runs
// measure the same site.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { OPENNESS_COMPONENT_NAMES } from '../../src/schema/model.ts';
import { ARCHITECTURES, FINE_TUNING_METHODS, OPENNESS_LEVELS, WEIGHTS_ACCESS } from '../../src/schema/vocabulary.ts';

const SOURCE = 'https://example.org/synthetic';
const MODELS_PER_ORGANIZATION = 25;

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

/** Model number `n`'s front matter and prose, drawn in a fixed order so a count gives one site. */
function syntheticModel(n: number, organizations: number, licenses: readonly string[], { next, pick }: Draw) {
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
  const model: Record<string, unknown> = {
    name: `Synthetic Model ${n}`,
    organization: `synthetic-lab-${pad(1 + ((n - 1) % organizations))}`,
    release_date: date,
    summary: `A made-up ${sizes.join('/')}B model for the benchmark, number ${n}, under ${license}.`,
    parameters,
    architecture: pick(ARCHITECTURES),
    context_length: pick([2048, 4096, 8192, 32768, 131072]),
    training_tokens: trainingTokens,
    ...(base ? { base_model: base, fine_tuning: [pick(FINE_TUNING_METHODS)] } : {}),
    training_data: [
      { name: `Synthetic web corpus ${n % 7}`, source: `${SOURCE}/data-${n % 7}`, binding: false },
      ...(next() < 0.1
        ? [
            {
              name: 'Synthetic instruction set',
              source: `${SOURCE}/instructions`,
              terms: pick(licenses),
              binding: true,
            },
          ]
        : []),
    ],
    license,
    ...(next() < 0.1
      ? { variants: [{ name: `Synthetic Model ${n} Chat`, license: pick(licenses), source: `${SOURCE}/variant-${n}` }] }
      : {}),
    ...(next() < 0.05
      ? { license_history: [{ license: pick(licenses), until: `${year}-12-31`, source: `${SOURCE}/history-${n}` }] }
      : {}),
    weights: pick(WEIGHTS_ACCESS),
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
      context_length: `${SOURCE}/${id}`,
      license: `${SOURCE}/${id}`,
      ...(parameters === 'unknown' ? {} : { parameters: `${SOURCE}/${id}` }),
      ...(trainingTokens === 'unknown' ? {} : { training_tokens: `${SOURCE}/${id}` }),
      weights: `${SOURCE}/${id}`,
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
  const organizations = Math.max(1, Math.ceil(count / MODELS_PER_ORGANIZATION));
  writeOrganizations(contentDir, organizations, draw);
  const ids: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const { id, model, prose } = syntheticModel(n, organizations, licenses, draw);
    writeFileSync(
      join(contentDir, 'models', `${id}.md`),
      `---\n${stringify(model, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${prose}\n`,
    );
    ids.push(id);
  }
  return ids;
}
