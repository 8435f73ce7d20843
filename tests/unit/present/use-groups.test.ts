import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAll } from '../../../src/derive/model.ts';
import { groupBySharedTerms } from '../../../src/present/use-groups.ts';
import { catalog, license, model } from '../../support/builders.ts';

describe('"Can I use it?" groups (groupBySharedTerms)', () => {
  it('puts models under the same terms together, in the order given, and keeps other terms apart', () => {
    const c = catalog(
      {
        first: model({ name: 'First', license: 'research', release_date: '2024-03-01' }),
        other: model({ name: 'Other', release_date: '2024-02-01' }),
        second: model({ name: 'Second', license: 'research', release_date: '2024-01-01' }),
        gated: model({ name: 'Gated', license: 'research', weights: 'gated', release_date: '2023-01-01' }),
      },
      { research: license({ non_commercial: true }, { name: 'Research License' }) },
    );
    const groups = groupBySharedTerms(c, deriveAll(c));
    assert.deepEqual(
      groups.map((group) => group.models.map((member) => member.id)),
      [['first', 'second'], ['other'], ['gated']],
    );
    const [research, free] = groups;
    assert.equal(research!.verdict, 'no');
    assert.ok(!research!.allows.includes('commercial'));
    assert.ok(
      research!.reasons.some(
        (reason) => reason.uses.includes('commercial') && reason.license?.name === 'Research License',
      ),
    );
    assert.deepEqual(free!.reasons, []);
    assert.equal(free!.allows.length, 6);
  });
});
