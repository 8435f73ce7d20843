// Small in-memory entries for derivation tests: every clause off, every component closed, so a
// test states only what matters to it.
import {
  CLAUSE_NAMES,
  OPENNESS_COMPONENT_NAMES,
  type ClauseName,
  type Dataset,
  type License,
  type Model,
} from '../../src/schema/index.ts';
import { makeCatalog, type Catalog } from '../../src/data/catalog.ts';

const SOURCE = 'https://example.org/source';

export function license(
  applying: Partial<Record<ClauseName, true | 'unknown'>> = {},
  overrides: Partial<License> = {},
): License {
  const clauses = Object.fromEntries(
    CLAUSE_NAMES.map((name) => [
      name,
      applying[name] === undefined ? { applies: false } : { applies: applying[name], source: SOURCE },
    ]),
  ) as License['clauses'];
  return {
    name: 'Test License',
    spdx: null,
    url: SOURCE,
    osi_approved: false,
    category: 'community',
    summary: 'A test license.',
    clauses,
    last_verified: '2026-01-01',
    ...overrides,
  };
}

export function model(overrides: Partial<Model> = {}): Model {
  const openness = Object.fromEntries(
    OPENNESS_COMPONENT_NAMES.map((name) => [name, { level: 'closed', source: SOURCE }]),
  ) as Model['openness'];
  return {
    name: 'Test Model',
    organization: 'lab',
    release_date: '2024-01-01',
    summary: 'A test model.',
    parameters: [7],
    architecture: 'decoder-only',
    context_length: 4096,
    training_tokens: 'unknown',
    license: 'permissive',
    weights: 'open',
    openness,
    sources: {},
    last_verified: '2026-01-01',
    ...overrides,
  };
}

export function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    name: 'Test Data',
    url: SOURCE,
    summary: 'A test dataset.',
    license: 'permissive',
    binding: false,
    binding_reason: 'A test.',
    sources: {},
    last_verified: '2026-01-01',
    ...overrides,
  };
}

export function catalog(
  models: Record<string, Model>,
  licenses: Record<string, License>,
  datasets: Record<string, Dataset> = {},
): Catalog {
  const entries = <T>(record: Record<string, T>) => Object.entries(record).map(([id, data]) => ({ id, data }));
  return makeCatalog({
    models: entries(models),
    licenses: entries({ permissive: license({}, { category: 'permissive', osi_approved: true }), ...licenses }),
    organizations: [{ id: 'lab', data: { name: 'Lab', kind: 'academic', website: SOURCE, summary: 'A lab.' } }],
    datasets: entries(datasets),
  });
}
