import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedUses, commercialUse, dataCaveats, effectiveTerms, type Reason } from '../../../src/derive/terms.ts';
import { catalog, dataset, license, model } from '../../support/builders.ts';

const clausesOf = (reasons: Reason[]) =>
  reasons.map((reason) =>
    reason.kind === 'clause' ? `${reason.term.clause}@${reason.term.license}` : `weights:${reason.weights}`,
  );

describe('commercial-use verdict', () => {
  it('is yes under a license with notice and attribution only', () => {
    const c = catalog({ m: model() }, { permissive: license({ attribution: true }, { category: 'permissive' }) });
    assert.deepEqual(commercialUse(c, 'm'), { verdict: 'yes', reasons: [], unread: false });
  });

  it('stays yes under share-alike', () => {
    const c = catalog(
      { m: model({ license: 'sa' }) },
      { sa: license({ share_alike: true, derivatives_inherit: true, attribution: true }) },
    );
    assert.equal(commercialUse(c, 'm').verdict, 'yes');
  });

  it('is no under a non-commercial license, naming the clause', () => {
    const c = catalog({ m: model({ license: 'nc' }) }, { nc: license({ non_commercial: true }) });
    const result = commercialUse(c, 'm');
    assert.equal(result.verdict, 'no');
    assert.deepEqual(clausesOf(result.reasons), ['non_commercial@nc']);
  });

  it('is no when the weights are not released, whatever the license', () => {
    const c = catalog({ m: model({ weights: 'not-released' }) }, {});
    assert.deepEqual(clausesOf(commercialUse(c, 'm').reasons), ['weights:not-released']);
  });

  it('is conditional with every clause beyond notice as a reason (a Llama 2-like license)', () => {
    const c = catalog(
      { m: model({ license: 'community' }) },
      {
        community: license({
          user_threshold: true,
          use_restrictions: true,
          output_training_ban: true,
          attribution: true,
          derivatives_inherit: true,
        }),
      },
    );
    const result = commercialUse(c, 'm');
    assert.equal(result.verdict, 'conditional');
    assert.deepEqual(clausesOf(result.reasons), [
      'user_threshold@community',
      'use_restrictions@community',
      'output_training_ban@community',
    ]);
  });

  for (const clause of [
    'revenue_threshold',
    'royalty',
    'hosting_restriction',
    'registration_required',
    'naming_requirement',
  ] as const) {
    it(`is conditional under ${clause}`, () => {
      const c = catalog({ m: model({ license: 'l' }) }, { l: license({ [clause]: true }) });
      const result = commercialUse(c, 'm');
      assert.equal(result.verdict, 'conditional');
      assert.deepEqual(clausesOf(result.reasons), [`${clause}@l`]);
    });
  }

  it('inherits a non-commercial base through an inheriting license (a fine-tune of LLaMA)', () => {
    const c = catalog(
      { base: model({ license: 'research' }), tune: model({ base_model: 'base', license: 'permissive' }) },
      { research: license({ non_commercial: true, derivatives_inherit: true }) },
    );
    const result = commercialUse(c, 'tune');
    assert.equal(result.verdict, 'no');
    const [reason] = result.reasons;
    assert.ok(reason?.kind === 'clause');
    assert.deepEqual(reason.term.origin, { kind: 'base_model', model: 'base', origin: { kind: 'license' } });
  });

  it('passes nothing down from a permissive base', () => {
    const c = catalog(
      { base: model({ license: 'permissive' }), tune: model({ base_model: 'base', license: 'nc' }) },
      { nc: license({ non_commercial: true }) },
    );
    assert.equal(commercialUse(c, 'base').verdict, 'yes');
    assert.equal(commercialUse(c, 'tune').verdict, 'no');
  });

  it('is no when binding training data is non-commercial (Alpaca data), yes when it does not bind', () => {
    const nc = license({ non_commercial: true, derivatives_inherit: true });
    const c = catalog(
      { bound: model({ training_data: ['alpaca'] }), free: model({ training_data: ['loose'] }) },
      { nc },
      { alpaca: dataset({ license: 'nc', binding: true }), loose: dataset({ license: 'nc', binding: false }) },
    );
    const bound = commercialUse(c, 'bound');
    assert.equal(bound.verdict, 'no');
    assert.ok(bound.reasons[0]?.kind === 'clause');
    assert.deepEqual(bound.reasons[0].term.origin, { kind: 'training_data', dataset: 'alpaca' });
    assert.equal(commercialUse(c, 'free').verdict, 'yes');
  });

  it('carries training-data terms down two generations (data → base → fine-tune)', () => {
    const c = catalog(
      {
        base: model({ training_data: ['nc-data'] }),
        tune: model({ base_model: 'base' }),
      },
      { nc: license({ non_commercial: true, derivatives_inherit: true }) },
      { 'nc-data': dataset({ license: 'nc', binding: true }) },
    );
    assert.equal(commercialUse(c, 'tune').verdict, 'no');
  });

  it('treats an unconfirmed non-commercial clause as a condition, never as yes', () => {
    const c = catalog({ m: model({ license: 'u' }) }, { u: license({ non_commercial: 'unknown' }) });
    assert.deepEqual(clausesOf(commercialUse(c, 'm').reasons), ['non_commercial@u']);
    assert.equal(commercialUse(c, 'm').verdict, 'conditional');
  });

  it('evaluates a variant under its own license and base model', () => {
    const c = catalog(
      {
        llama: model({ license: 'research' }),
        llama2: model({ license: 'community' }),
        vicuna: model({
          base_model: 'llama',
          license: 'research',
          variants: [{ id: 'v15', name: 'Vicuna v1.5', license: 'community', base_model: 'llama2', sources: {} }],
        }),
      },
      {
        research: license({ non_commercial: true, derivatives_inherit: true }),
        community: license({ user_threshold: true, derivatives_inherit: true }),
      },
    );
    assert.equal(commercialUse(c, 'vicuna').verdict, 'no');
    const v15 = commercialUse(c, 'vicuna/v15');
    assert.equal(v15.verdict, 'conditional');
    assert.deepEqual(clausesOf(v15.reasons), ['user_threshold@community']);
  });

  it('names a clause once when a fine-tune shares its base license', () => {
    const c = catalog(
      { base: model({ license: 'community' }), tune: model({ base_model: 'base', license: 'community' }) },
      { community: license({ user_threshold: true, derivatives_inherit: true }) },
    );
    assert.equal(effectiveTerms(c, 'tune').filter((term) => term.clause === 'user_threshold').length, 1);
  });

  it('survives a base_model cycle', () => {
    const c = catalog({ a: model({ base_model: 'b' }), b: model({ base_model: 'a' }) }, {});
    assert.equal(commercialUse(c, 'a').verdict, 'yes');
  });
});

describe('allowed uses', () => {
  it('allows everything under a permissive license with open weights', () => {
    const c = catalog({ m: model() }, {});
    assert.ok(Object.values(allowedUses(c, 'm')).every((use) => use.allowed && use.blockedBy.length === 0));
  });

  it('names the clause that blocks each use', () => {
    const c = catalog(
      { m: model({ license: 'l', weights: 'gated' }) },
      {
        l: license({
          output_training_ban: true,
          hosting_restriction: true,
          derivatives_inherit: true,
          user_threshold: true,
        }),
      },
    );
    const uses = allowedUses(c, 'm');
    assert.equal(uses.commercial.allowed, true);
    assert.deepEqual(clausesOf(uses.distillation.blockedBy), ['output_training_ban@l']);
    assert.deepEqual(clausesOf(uses.hosting.blockedBy), ['hosting_restriction@l']);
    assert.deepEqual(clausesOf(uses.redistribution.blockedBy), ['derivatives_inherit@l']);
    assert.deepEqual(clausesOf(uses.scale.blockedBy), ['user_threshold@l']);
    assert.deepEqual(clausesOf(uses['no-registration'].blockedBy), ['weights:gated']);
  });

  it('blocks every use of unreleased weights', () => {
    const c = catalog({ m: model({ weights: 'not-released' }) }, {});
    assert.ok(Object.values(allowedUses(c, 'm')).every((use) => !use.allowed));
  });

  it('blocks commercial use, hosting and redistribution under non-commercial terms', () => {
    const c = catalog({ m: model({ license: 'nc' }) }, { nc: license({ non_commercial: true }) });
    const uses = allowedUses(c, 'm');
    assert.deepEqual(
      [uses.commercial.allowed, uses.hosting.allowed, uses.redistribution.allowed, uses.distillation.allowed],
      [false, false, false, true],
    );
  });
});

describe('training data terms', () => {
  it('pass on what binds things made from the data, not the caps and gates of the licensed material', () => {
    const c = catalog(
      {
        m: model({ training_data: ['chat-outputs'] }),
      },
      {
        community: license({
          user_threshold: true,
          registration_required: true,
          hosting_restriction: true,
          output_training_ban: true,
          use_restrictions: true,
        }),
      },
      { 'chat-outputs': dataset({ license: 'community', binding: true }) },
    );
    const result = commercialUse(c, 'm');
    assert.equal(result.verdict, 'conditional');
    assert.deepEqual(clausesOf(result.reasons), ['use_restrictions@community', 'output_training_ban@community']);
    assert.equal(allowedUses(c, 'm')['no-registration'].allowed, true);
  });
});

describe('datasets, variants and the 2024–2026 clauses', () => {
  const nc = license({ non_commercial: true });

  it('keeps the terms of the data a cleaned copy was made from', () => {
    const c = catalog(
      { tuned: model({ training_data: ['alpaca-cleaned'] }) },
      { nc, cc: license({ attribution: true }, { category: 'permissive' }) },
      {
        alpaca: dataset({ license: 'nc', binding: true }),
        'alpaca-cleaned': dataset({ license: 'cc', derived_from: ['alpaca'] }),
      },
    );
    const result = commercialUse(c, 'tuned');
    assert.equal(result.verdict, 'no');
    assert.ok(result.reasons[0]?.kind === 'clause');
    assert.deepEqual(result.reasons[0].term.origin, {
      kind: 'training_data',
      dataset: 'alpaca',
      via: 'alpaca-cleaned',
    });
  });

  it('counts data whose binding is unknown as unconfirmed: conditional, never yes or no', () => {
    const c = catalog(
      { m: model({ training_data: ['maybe'] }) },
      { nc },
      { maybe: dataset({ license: 'nc', binding: 'unknown' }) },
    );
    assert.equal(commercialUse(c, 'm').verdict, 'conditional');
    assert.deepEqual(clausesOf(commercialUse(c, 'm').reasons), ['non_commercial@nc']);
  });

  it('tells the terms of the service that generated the data as a caveat, without changing the verdict', () => {
    const service = license({ output_training_ban: true, use_restrictions: true }, { name: 'Service Terms' });
    const c = catalog(
      { m: model({ training_data: ['outputs'] }) },
      { service },
      { outputs: dataset({ license: 'permissive', generated_by: [{ name: 'A chat model', terms: 'service' }] }) },
    );
    assert.equal(commercialUse(c, 'm').verdict, 'yes');
    assert.deepEqual(dataCaveats(c, 'm'), [
      { dataset: 'outputs', generator: { name: 'A chat model', terms: 'service' } },
    ]);
  });

  it("adds a variant's training data to the model's and gives the variant a verdict of its own", () => {
    const c = catalog(
      {
        family: model({
          training_data: ['web'],
          variants: [{ id: 'chat', name: 'Family Chat', training_data: ['alpaca'], sources: {} }],
        }),
      },
      { nc },
      { web: dataset(), alpaca: dataset({ license: 'nc', binding: true }) },
    );
    assert.equal(commercialUse(c, 'family').verdict, 'yes');
    assert.equal(commercialUse(c, 'family/chat').verdict, 'no');
  });

  it('inherits through a base named down to one variant of another model', () => {
    const c = catalog(
      {
        big: model({ variants: [{ id: 'small', name: 'Big Small', license: 'community', sources: {} }] }),
        distill: model({ base_model: 'big/small' }),
      },
      { community: license({ user_threshold: true, derivatives_inherit: true }) },
    );
    assert.deepEqual(clausesOf(commercialUse(c, 'distill').reasons), ['user_threshold@community']);
  });

  it('makes a territorial exclusion a condition that blocks only "every region"', () => {
    const c = catalog({ m: model({ license: 'regional' }) }, { regional: license({ territorial_exclusion: true }) });
    assert.equal(commercialUse(c, 'm').verdict, 'conditional');
    const blocked = Object.entries(allowedUses(c, 'm'))
      .filter(([, result]) => !result.allowed)
      .map(([use]) => use);
    assert.deepEqual(blocked, ['worldwide']);
  });

  it('makes a duty above a threshold a condition that blocks no use', () => {
    const c = catalog({ m: model({ license: 'duty' }) }, { duty: license({ threshold_duty: true }) });
    assert.equal(commercialUse(c, 'm').verdict, 'conditional');
    assert.ok(Object.values(allowedUses(c, 'm')).every((result) => result.allowed));
  });

  it('binds a clause limited to multimodal models only on a release that takes more than text', () => {
    const regional = license({ territorial_exclusion: true });
    regional.clauses.territorial_exclusion = { ...regional.clauses.territorial_exclusion, only_for: 'multimodal' };
    const c = catalog(
      {
        family: model({
          license: 'regional',
          variants: [{ id: 'vision', name: 'Vision', modalities: ['text', 'image'], sources: {} }],
        }),
      },
      { regional },
    );
    assert.equal(allowedUses(c, 'family').worldwide.allowed, true);
    assert.equal(commercialUse(c, 'family').verdict, 'yes');
    assert.equal(allowedUses(c, 'family/vision').worldwide.allowed, false);
    assert.equal(commercialUse(c, 'family/vision').verdict, 'conditional');
  });
});
