import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyFilters,
  compareSortValues,
  EMPTY_STATE,
  failedFilters,
  packGroups,
  parseTableState,
  serializeTableState,
  type RowFacts,
  type SortValues,
  type TableState,
} from '../../../src/present/table-state.ts';

const known = { licenses: ['apache-2.0', 'llama-2-community', 'mit'], organizations: ['meta', 'mistral-ai'] };

const row = (overrides: Partial<RowFacts> = {}): RowFacts => ({
  id: 'm',
  text: 'mistral 7b mistral ai a small model',
  commercial: 'yes',
  license: 'apache-2.0',
  category: 'permissive',
  org: 'mistral-ai',
  weights: 'open',
  sizes: [7],
  allows: ['commercial', 'hosting'],
  ...overrides,
});

const sub = <T>(values: readonly T[]) => fc.subarray([...values]);
const CATEGORIES = ['permissive', 'copyleft', 'open-rail', 'community', 'non-commercial', 'proprietary'] as const;
const WEIGHTS = ['open', 'gated', 'on-request', 'leaked', 'not-released'] as const;
const USES = ['commercial', 'distillation', 'hosting', 'redistribution', 'scale', 'no-registration'] as const;
const anyState = fc.record(
  {
    q: fc.string({ maxLength: 20 }).map((text) => text.trim()),
    commercial: sub(['yes', 'conditional', 'no'] as const),
    license: sub(known.licenses),
    category: sub(CATEGORIES),
    org: sub(known.organizations),
    weights: sub(WEIGHTS),
    allows: sub(USES),
    params: fc.constantFrom(
      { min: null, max: null },
      { min: 1, max: 15 },
      { min: null, max: 7.5 },
      { min: 70, max: null },
    ),
    sort: fc.option(
      fc.record(
        { key: fc.constantFrom('name', 'release_date', 'openness' as const), descending: fc.boolean() },
        { noNullPrototype: true },
      ),
      { nil: null },
    ),
  },
  { noNullPrototype: true },
) as fc.Arbitrary<TableState>;

describe('table state in the URL', () => {
  it('reads every parameter of the contract', () => {
    const state = parseTableState(
      '?q=llama&commercial=yes,conditional&license=mit&category=permissive&org=meta&weights=open,gated&params=1-15&allows=hosting,commercial&sort=-release_date',
      known,
    );
    assert.deepEqual(state, {
      q: 'llama',
      commercial: ['yes', 'conditional'],
      license: ['mit'],
      category: ['permissive'],
      org: ['meta'],
      weights: ['open', 'gated'],
      allows: ['commercial', 'hosting'],
      params: { min: 1, max: 15 },
      sort: { key: 'release_date', descending: true },
    });
  });

  it('ignores unknown names and values, keeping the rest', () => {
    const state = parseTableState(
      '?commercial=maybe,no&license=apache2,mit&colour=red&sort=-height&params=abc&weights=',
      known,
    );
    assert.deepEqual(state, { ...EMPTY_STATE, commercial: ['no'], license: ['mit'] });
  });

  it('accepts open-ended parameter ranges and rejects inverted ones', () => {
    assert.deepEqual(parseTableState('?params=-15', known).params, { min: null, max: 15 });
    assert.deepEqual(parseTableState('?params=70-', known).params, { min: 70, max: null });
    assert.deepEqual(parseTableState('?params=20-10', known).params, { min: null, max: null });
    assert.deepEqual(parseTableState('?params=-', known).params, { min: null, max: null });
  });

  it('is order-insensitive and writes one canonical URL', () => {
    const a = parseTableState('?license=mit,apache-2.0&commercial=no,yes', known);
    const b = parseTableState('?commercial=yes&commercial=no&license=apache-2.0&license=mit', known);
    assert.deepEqual(a, b);
    assert.equal(serializeTableState(a), '?commercial=yes,no&license=apache-2.0,mit');
    assert.equal(serializeTableState(EMPTY_STATE), '');
  });

  it('round-trips any state through the URL', () => {
    fc.assert(
      fc.property(anyState, (s) => {
        assert.deepEqual(parseTableState(serializeTableState(s), known), s);
      }),
    );
  });
});

/** Whether a row passes every filter, leaving one list filter out if asked (as option counts do). */
const rowMatches = (row: RowFacts, state: TableState, except?: string) =>
  failedFilters(row, state).every((filter) => filter === except);

describe('row matching', () => {
  it('matches every word of the free text', () => {
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, q: 'Mistral small' }), true);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, q: 'mistral large' }), false);
  });

  it('combines list filters with AND across filters and OR within one', () => {
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, commercial: ['yes', 'no'], license: ['apache-2.0'] }), true);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, commercial: ['yes'], license: ['mit'] }), false);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, license: ['mit'] }, 'license'), true);
  });

  it('names every filter a row fails, for counts in one pass', () => {
    const state = {
      ...EMPTY_STATE,
      q: 'llama',
      commercial: ['no' as const],
      params: { min: 30, max: null },
      allows: ['distillation' as const],
    };
    assert.deepEqual(failedFilters(row(), state), ['q', 'commercial', 'allows', 'params']);
    assert.deepEqual(failedFilters(row(), EMPTY_STATE), []);
  });

  it('requires every listed use', () => {
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, allows: ['commercial', 'hosting'] }), true);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, allows: ['commercial', 'distillation'] }), false);
  });

  it('matches a size range when any released size falls in it; unknown sizes never match', () => {
    const family = row({ sizes: [7, 13, 70] });
    assert.equal(rowMatches(family, { ...EMPTY_STATE, params: { min: null, max: 15 } }), true);
    assert.equal(rowMatches(family, { ...EMPTY_STATE, params: { min: 20, max: 60 } }), false);
    assert.equal(rowMatches(row({ sizes: null }), { ...EMPTY_STATE, params: { min: 1, max: null } }), false);
  });
});

describe('row ordering', () => {
  const values = (overrides: Partial<SortValues>): SortValues => ({
    name: 'm',
    organization: 'o',
    parameters: 7,
    release_date: '2024-01-01',
    license: 'l',
    commercial_use: 0,
    weights: 0,
    openness: 0.5,
    context_length: 4096,
    ...overrides,
  });
  it('sorts numbers numerically and text without case', () => {
    assert.ok(compareSortValues(values({ parameters: 7 }), values({ parameters: 70 }), 'parameters', false) < 0);
    assert.ok(compareSortValues(values({ name: 'alpaca' }), values({ name: 'Bloom' }), 'name', false) < 0);
    assert.ok(compareSortValues(values({ name: 'alpaca' }), values({ name: 'Bloom' }), 'name', true) > 0);
  });
  it('puts unknown values last in both directions', () => {
    for (const descending of [false, true]) {
      assert.ok(
        compareSortValues(
          values({ context_length: null }),
          values({ context_length: 2048 }),
          'context_length',
          descending,
        ) > 0,
      );
    }
  });
});

describe('packGroups', () => {
  it('keeps the shown rows in order, fills every group before the next, and leaves the rest empty', () => {
    fc.assert(
      fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 8 }), (shown, size) => {
        const groupCount = Math.ceil(shown.length / size) + 2;
        const groups = packGroups(shown, groupCount, size);
        assert.equal(groups.length, groupCount);
        assert.deepEqual(groups.flat(), shown);
        const filled = groups.filter((group) => group.length > 0);
        assert.ok(filled.slice(0, -1).every((group) => group.length === size));
        assert.ok(groups.slice(filled.length).every((group) => group.length === 0));
      }),
    );
  });
});

describe('filtering the rows', () => {
  const anyRow = fc.record(
    {
      id: fc.constant('m'),
      text: fc.constantFrom('mistral 7b mistral ai a small model', 'llama 2 meta a chat model', ''),
      commercial: fc.constantFrom('yes', 'conditional', 'no' as const),
      license: fc.constantFrom(...known.licenses),
      category: fc.constantFrom(...CATEGORIES),
      org: fc.constantFrom(...known.organizations),
      weights: fc.constantFrom(...WEIGHTS),
      sizes: fc.option(fc.array(fc.constantFrom(0.5, 7, 13, 70), { minLength: 1, maxLength: 3 }), { nil: null }),
      allows: sub(USES),
    },
    { noNullPrototype: true },
  ) as fc.Arbitrary<RowFacts>;
  const filterState = fc
    .tuple(anyState, fc.constantFrom('', 'model', 'mistral 7b', 'meta chat'))
    .map(([state, q]) => ({ ...state, q }));

  it('shows the matching rows in order and counts each option as if it were ticked', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 12 }), filterState, (rows, state) => {
        const { shown, counts } = applyFilters(rows, (facts) => facts, state);
        assert.deepEqual(
          shown,
          rows.filter((facts) => rowMatches(facts, state)),
        );
        const expected = new Map<string, number>();
        const count = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
        for (const facts of rows) {
          for (const filter of ['commercial', 'license', 'category', 'org', 'weights'] as const) {
            if (rowMatches(facts, state, filter)) count(`${filter}=${facts[filter]}`);
          }
          if (rowMatches(facts, state)) for (const use of facts.allows) count(`allows=${use}`);
        }
        assert.deepEqual(counts, expected);
      }),
    );
  });
});
