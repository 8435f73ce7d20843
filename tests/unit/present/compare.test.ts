import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAll } from '../../../src/derive/model.ts';
import { apiModel } from '../../../src/publish/api.ts';
import { comparisonRows, selectModels, type CompareRow } from '../../../src/present/compare.ts';
import { CLAUSE_NAMES } from '../../../src/schema/index.ts';
import { catalog, license, model } from '../../support/builders.ts';

const c = catalog(
  {
    base: model({
      name: 'Base',
      license: 'community',
      weights: 'gated',
      training_tokens: 2_000_000_000_000,
      variants: [{ id: 'chat', name: 'Base Chat', license: 'permissive', sources: {} }],
    }),
    tuned: model({ name: 'Tuned', base_model: 'base/chat' }),
    unread: model({ name: 'Unread', license: 'unread', weights: 'not-released' }),
  },
  {
    community: license({ user_threshold: true }, { name: 'Community License' }),
    unread: license(Object.fromEntries(CLAUSE_NAMES.map((name) => [name, 'unknown'])), { name: 'Unread License' }),
  },
);
const records = new Map(deriveAll(c).map((derived) => [derived.id, apiModel(c, derived, undefined)]));
const rowsOf = (...ids: string[]) =>
  comparisonRows(
    ids.map((id) => records.get(id)!),
    records,
  );
const row = (rows: CompareRow[], label: string) => rows.find((candidate) => candidate.label === label)!;

describe('the compare rows', () => {
  it('gives the verdict as a verdict, in its label, and says when the terms were unread', () => {
    const verdicts = row(rowsOf('base', 'unread'), 'Commercial use verdict').cells;
    assert.deepEqual(verdicts[0], { text: 'Conditional', verdict: 'conditional' });
    assert.deepEqual(verdicts[1], { text: 'No (terms unread)', verdict: 'no' });
  });

  it('links the license, organization and base model to their pages under the base path', () => {
    const rows = rowsOf('base', 'tuned');
    assert.deepEqual(row(rows, 'License').cells[0], { text: 'Community License', href: '/licenses/community/' });
    assert.deepEqual(row(rows, 'Organization').cells[0], { text: 'Lab', href: '/organizations/lab/' });
    assert.deepEqual(row(rows, 'Base model').cells, [
      { text: 'None in the atlas' },
      { text: 'Base Chat', href: '/models/base/#chat' },
    ]);
  });

  it('reads weights, uses and big counts in the words of the rest of the site', () => {
    const rows = rowsOf('base', 'tuned');
    assert.deepEqual(
      row(rows, 'Weights').cells.map((cell) => cell.text),
      ['Gated', 'Open'],
    );
    assert.deepEqual(row(rows, 'Training tokens').cells[0], { text: '2T', title: '2,000,000,000,000' });
    assert.deepEqual(
      row(rows, 'Uses the terms permit: no user or revenue cap').cells.map((cell) => cell.text),
      ['Blocked', 'Allowed'],
    );
    assert.equal(row(rows, 'Context length').cells[0]!.text, '4,096 tokens');
    assert.equal(row(rowsOf('unread', 'tuned'), 'Weights').cells[0]!.text, 'Not released');
  });

  it('names a variant under other terms with its verdict in words', () => {
    assert.equal(row(rowsOf('base', 'tuned'), 'Variants under other terms').cells[0]!.text, 'Base Chat: Yes');
  });

  it('marks a row where the models differ, by what the reader sees', () => {
    const rows = rowsOf('base', 'tuned');
    assert.equal(row(rows, 'Organization').differs, false);
    assert.equal(row(rows, 'License').differs, true);
  });
});

describe('the models asked for', () => {
  it('keeps at most four known ids in order and reports the rest', () => {
    assert.deepEqual(selectModels('a, b,x,a,c,d,e', new Set(['a', 'b', 'c', 'd', 'e'])), {
      ids: ['a', 'b', 'c', 'd'],
      unknown: ['x'],
      dropped: ['e'],
    });
  });
});
