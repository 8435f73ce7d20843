import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAll } from '../../../src/derive/model.ts';
import { comparisonTable } from '../../../src/present/table.ts';
import { CLAUSE_NAMES } from '../../../src/schema/index.ts';
import { verdictText } from '../../../src/present/labels.ts';
import { catalog, license, model } from '../../support/builders.ts';

describe("the table's verdict reasons (comparisonTable)", () => {
  it('tells each distinct set of reasons once and points every row that has it there', () => {
    const c = catalog(
      {
        first: model({ name: 'First', license: 'community' }),
        second: model({ name: 'Second', license: 'community' }),
        closed: model({ name: 'Closed', weights: 'not-released' }),
        free: model({ name: 'Free' }),
      },
      { community: license({ user_threshold: true }, { name: 'Community License' }) },
    );
    const { rows, reasons } = comparisonTable(c, deriveAll(c));
    const reasonsOf = (id: string) => {
      const row = rows.find((candidate) => candidate.id === id)!;
      return row.reasons === null ? null : reasons.find((entry) => entry.id === row.reasons!.describedBy)!.text;
    };
    assert.equal(reasons.length, 2);
    assert.equal(new Set(reasons.map((entry) => entry.id)).size, 2);
    assert.equal(reasonsOf('first'), 'Community License: a separate license is needed above a user threshold.');
    assert.equal(
      rows.find((row) => row.id === 'first')!.reasons!.describedBy,
      rows.find((row) => row.id === 'second')!.reasons!.describedBy,
    );
    assert.match(rows.find((row) => row.id === 'first')!.reasons!.href, /models\/first\/#verdict$/);
    assert.equal(reasonsOf('closed'), 'Weights are not released.');
    assert.equal(reasonsOf('free'), null);
  });
});

describe('a verdict on terms nobody could read', () => {
  it('says "terms unread" in the row and its variant split, never a bare Conditional', () => {
    const unread = license(Object.fromEntries(CLAUSE_NAMES.map((name) => [name, 'unknown' as const])), {
      name: 'Unread License',
    });
    const c = catalog(
      {
        hidden: model({
          license: 'unread',
          variants: [{ id: 'free', name: 'Hidden Free', license: 'permissive', sources: {} }],
        }),
        open: model({ variants: [{ id: 'shut', name: 'Open Shut', license: 'unread', sources: {} }] }),
      },
      { unread },
    );
    const { rows } = comparisonTable(c, deriveAll(c));
    const hidden = rows.find((row) => row.id === 'hidden')!;
    assert.equal(hidden.commercial, 'conditional');
    assert.equal(hidden.unread, true);
    assert.equal(verdictText(hidden.commercial, hidden.unread), 'Conditional (terms unread)');
    const open = rows.find((row) => row.id === 'open')!;
    assert.equal(open.unread, false);
    assert.deepEqual(
      open.splits.map(({ verdict, unread: rests }) => verdictText(verdict, rests)),
      ['Conditional (terms unread)'],
    );
  });
});
