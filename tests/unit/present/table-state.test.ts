import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyFilters,
  compareSortValues,
  EMPTY_STATE,
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

/** Whether a row shows under a state. */
const rowMatches = (row: RowFacts, state: TableState) =>
  applyFilters([row], (facts) => facts, state).shown.length === 1;
/** How many of the rows an option would show if it were ticked, the other filters staying. */
const optionCount = (rows: RowFacts[], state: TableState, option: string) =>
  applyFilters(rows, (facts) => facts, state).counts.get(option) ?? 0;

describe('row matching', () => {
  it('matches every word of the free text', () => {
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, q: 'Mistral small' }), true);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, q: 'mistral large' }), false);
  });

  it('combines list filters with AND across filters and OR within one', () => {
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, commercial: ['yes', 'no'], license: ['apache-2.0'] }), true);
    assert.equal(rowMatches(row(), { ...EMPTY_STATE, commercial: ['yes'], license: ['mit'] }), false);
  });

  it("counts an option by the rows it would show, leaving that filter's own choice aside", () => {
    const state = { ...EMPTY_STATE, license: ['mit'] };
    assert.equal(optionCount([row()], state, 'license=apache-2.0'), 1);
    assert.equal(optionCount([row()], { ...state, commercial: ['no' as const] }, 'license=apache-2.0'), 0);
    assert.equal(optionCount([row()], { ...state, q: 'llama' }, 'license=apache-2.0'), 0);
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

describe('rows with variants', () => {
  // The main weights are "yes" at 7B; the 72B variant is "conditional" under another license.
  const family = row({
    sizes: [7],
    variants: [
      {
        commercial: 'conditional',
        license: 'llama-2-community',
        category: 'community',
        weights: 'open',
        sizes: [72],
        allows: [],
      },
    ],
  });

  it('shows a row when its main weights or one variant passes every filter at once', () => {
    assert.equal(rowMatches(family, { ...EMPTY_STATE, commercial: ['yes'] }), true);
    assert.equal(
      rowMatches(family, { ...EMPTY_STATE, commercial: ['conditional'], params: { min: 60, max: 80 } }),
      true,
    );
    // "Yes" comes from the 7B weights and 60-80B from the variant: no one release passes both.
    assert.equal(rowMatches(family, { ...EMPTY_STATE, commercial: ['yes'], params: { min: 60, max: 80 } }), false);
    assert.equal(rowMatches(family, { ...EMPTY_STATE, license: ['llama-2-community'], allows: ['commercial'] }), false);
  });

  it('counts a row once per option, whichever of its releases qualify', () => {
    const twin = row({ variants: [{ ...row(), sizes: [13] }] });
    assert.equal(optionCount([twin], EMPTY_STATE, 'commercial=yes'), 1);
    assert.equal(optionCount([family], EMPTY_STATE, 'commercial=yes'), 1);
    assert.equal(optionCount([family], EMPTY_STATE, 'commercial=conditional'), 1);
    assert.equal(optionCount([family], { ...EMPTY_STATE, params: { min: 60, max: 80 } }, 'commercial=yes'), 0);
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
  const anyRelease = {
    commercial: fc.constantFrom('yes', 'conditional', 'no' as const),
    license: fc.constantFrom(...known.licenses),
    category: fc.constantFrom(...CATEGORIES),
    weights: fc.constantFrom(...WEIGHTS),
    sizes: fc.option(fc.array(fc.constantFrom(0.5, 7, 13, 70), { minLength: 1, maxLength: 3 }), { nil: null }),
    allows: sub(USES),
  };
  const anyRow = fc
    .record(
      {
        id: fc.constant('m'),
        text: fc.constantFrom('mistral 7b mistral ai a small model', 'llama 2 meta a chat model', ''),
        org: fc.constantFrom(...known.organizations),
        ...anyRelease,
        variants: fc.array(fc.record(anyRelease, { noNullPrototype: true }), { maxLength: 2 }),
      },
      { noNullPrototype: true },
    )
    .map(({ variants, ...facts }) => (variants.length > 0 ? { ...facts, variants } : facts)) as fc.Arbitrary<RowFacts>;
  const filterState = fc
    .tuple(anyState, fc.constantFrom('', 'model', 'mistral 7b', 'meta chat'))
    .map(([state, q]) => ({ ...state, q }));

  // The rule written out plainly, to check the one-pass version against.
  type Release = Omit<RowFacts, 'id' | 'text' | 'org' | 'variants'>;
  const words = (q: string) => q.toLowerCase().split(/\s+/u).filter(Boolean);
  const inRange = (size: number, { min, max }: TableState['params']) =>
    (min === null || size >= min) && (max === null || size <= max);
  const passes = (facts: RowFacts, release: Release, state: TableState) =>
    words(state.q).every((word) => facts.text.includes(word)) &&
    (state.org.length === 0 || state.org.includes(facts.org)) &&
    (['commercial', 'license', 'category', 'weights'] as const).every(
      (filter) => state[filter].length === 0 || (state[filter] as readonly string[]).includes(release[filter]),
    ) &&
    state.allows.every((use) => release.allows.includes(use)) &&
    ((state.params.min === null && state.params.max === null) ||
      !!release.sizes?.some((size) => inRange(size, state.params)));
  const releases = (facts: RowFacts): Release[] => [facts, ...(facts.variants ?? [])];

  it('shows a row when one release passes every filter, and counts each option as if it were ticked', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 12 }), filterState, (rows, state) => {
        const { shown, counts } = applyFilters(rows, (facts) => facts, state);
        assert.deepEqual(
          shown,
          rows.filter((facts) => releases(facts).some((release) => passes(facts, release, state))),
        );
        const expected = new Map<string, number>();
        for (const facts of rows) {
          const keys = new Set<string>();
          for (const release of releases(facts)) {
            for (const filter of ['commercial', 'license', 'category', 'weights'] as const) {
              if (passes(facts, release, { ...state, [filter]: [] })) keys.add(`${filter}=${release[filter]}`);
            }
            if (passes(facts, release, { ...state, org: [] })) keys.add(`org=${facts.org}`);
            if (passes(facts, release, state)) for (const use of release.allows) keys.add(`allows=${use}`);
          }
          for (const key of keys) expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        assert.deepEqual(counts, expected);
      }),
    );
  });
});
