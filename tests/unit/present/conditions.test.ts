import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, parseNumbers, regionsOf, serializeNumbers } from '../../../src/present/conditions.ts';

const REGIONS = new Set(['eu', 'de', 'gb', 'kr', 'us']);

describe("a user's numbers against caps and regions", () => {
  it('weighs a user cap: below it lifts, above it applies, without a number it stays', () => {
    const cap = { kind: 'users', above: 700_000_000, counted: 'month-before-release' } as const;
    assert.equal(evaluate(cap, { users: 1_000_000 }), 'lifted');
    assert.equal(evaluate(cap, { users: 800_000_000 }), 'applies');
    assert.equal(evaluate(cap, {}), 'unknown');
  });

  it('compares a monthly revenue threshold with a twelfth of the yearly revenue', () => {
    const monthly = { kind: 'revenue', above: 20_000_000, period: 'month' } as const;
    assert.equal(evaluate(monthly, { revenue: 200_000_000 }), 'lifted');
    assert.equal(evaluate(monthly, { revenue: 300_000_000 }), 'applies');
    assert.equal(evaluate({ kind: 'revenue', above: 1_000_000, period: 'year' }, { revenue: 2_000_000 }), 'applies');
  });

  it('lifts a duty only when every number it names is given and below it', () => {
    const duty = { kind: 'duty', users: 100_000_000, revenue: 20_000_000, period: 'month' } as const;
    assert.equal(evaluate(duty, { users: 1_000 }), 'unknown');
    assert.equal(evaluate(duty, { users: 1_000, revenue: 1_000_000 }), 'lifted');
    assert.equal(evaluate(duty, { users: 200_000_000 }), 'applies');
  });

  it('places a member state in the EU', () => {
    assert.deepEqual(regionsOf('de'), ['de', 'eu']);
    assert.deepEqual(regionsOf('gb'), ['gb']);
    const eu = { kind: 'region', regions: ['eu'] } as const;
    assert.equal(evaluate(eu, { region: 'de' }), 'applies');
    assert.equal(evaluate(eu, { region: 'gb' }), 'lifted');
    assert.equal(evaluate({ kind: 'region', regions: ['eu', 'gb', 'kr'] }, { region: 'gb' }), 'applies');
  });

  it('reads numbers from the URL and ignores, with a note, what it cannot read', () => {
    assert.deepEqual(parseNumbers('?users=1000000&revenue=5000&region=DE', REGIONS), {
      numbers: { users: 1_000_000, revenue: 5_000, region: 'de' },
      ignored: [],
    });
    assert.deepEqual(parseNumbers('?region=uk', REGIONS).numbers, { region: 'gb' });
    assert.deepEqual(parseNumbers('?users=-5&revenue=1e9&region=xx', REGIONS), {
      numbers: {},
      ignored: ['users=-5', 'revenue=1e9', 'region=xx'],
    });
    assert.deepEqual(serializeNumbers({ region: 'kr', users: 5 }), ['users=5', 'region=kr']);
  });
});
