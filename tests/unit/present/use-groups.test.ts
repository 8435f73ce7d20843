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
      groups.map((group) => group.members.map((member) => member.ref)),
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
    assert.equal(free!.allows.length, 7);
  });

  it('lists a variant under other terms apart from its model, and one under the same terms with it', () => {
    const c = catalog(
      {
        family: model({
          name: 'Family',
          variants: [
            { id: 'big', name: 'Family Big', license: 'community', sources: {} },
            { id: 'same', name: 'Family Same', sources: {} },
          ],
        }),
      },
      { community: license({ user_threshold: true }, { name: 'Community' }) },
    );
    const groups = groupBySharedTerms(c, deriveAll(c));
    assert.deepEqual(
      groups.map((group) => group.members.map((member) => member.ref)),
      [['family'], ['family/big']],
    );
    assert.match(groups[1]!.members[0]!.href, /models\/family\/#big$/);
  });

  it("gives each cap and excluded region its condition, so a user's numbers can weigh it", () => {
    const capped = license({ user_threshold: true, territorial_exclusion: true }, { name: 'Capped' });
    capped.clauses.user_threshold = {
      ...capped.clauses.user_threshold,
      value: 700_000_000,
      counted: 'month-before-release',
    };
    capped.clauses.territorial_exclusion = {
      ...capped.clauses.territorial_exclusion,
      regions: ['eu'],
      binds: 'licensees',
    };
    const c = catalog({ m: model({ license: 'capped' }) }, { capped });
    const [group] = groupBySharedTerms(c, deriveAll(c));
    assert.deepEqual(
      group!.reasons.map((reason) => reason.condition),
      [
        { kind: 'users', above: 700_000_000, counted: 'month-before-release' },
        { kind: 'region', regions: ['eu'] },
      ],
    );
    assert.deepEqual(
      group!.verdictReasons.map((reason) => reason.effect),
      ['conditional', 'conditional'],
    );
  });
});
