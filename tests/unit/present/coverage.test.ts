import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELEASED_ONLY_QUERY } from '../../../src/present/coverage.ts';
import { monthYear } from '../../../src/present/format.ts';
import { parseTableState } from '../../../src/present/table-state.ts';
import { WEIGHTS_ACCESS } from '../../../src/schema/vocabulary.ts';

describe('catalog coverage', () => {
  it('names a month from a full or a month-only date, in English', () => {
    assert.equal(monthYear('2023-07-18'), 'July 2023');
    assert.equal(monthYear('2026-07'), 'July 2026');
  });

  it('hides the closed models with every other kind of weights, as the table reads it', () => {
    const { weights } = parseTableState(RELEASED_ONLY_QUERY, { licenses: [], organizations: [] });
    assert.deepEqual([...weights].sort(), WEIGHTS_ACCESS.filter((access) => access !== 'not-released').sort());
  });
});
