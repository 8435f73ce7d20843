import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commercialUse, dataCaveats } from '../../../src/derive/terms.ts';
import { clauseFigures, describeCaveat, summarizeReasons } from '../../../src/present/reasons.ts';
import { catalog, dataset, license, model } from '../../support/builders.ts';

describe('the table tip (summarizeReasons)', () => {
  it('names each license and lineage step once, with all of its clauses', () => {
    const c = catalog(
      {
        base: model({ name: 'Base Model', license: 'community' }),
        tune: model({ base_model: 'base', license: 'naming' }),
      },
      {
        community: license(
          { user_threshold: true, use_restrictions: 'unknown', derivatives_inherit: true },
          { name: 'Community License' },
        ),
        naming: license({ naming_requirement: true }, { name: 'Naming License' }),
      },
    );
    assert.deepEqual(summarizeReasons(c, commercialUse(c, 'tune').reasons), [
      'Naming License: derivatives must follow a naming rule.',
      'Community License, inherited from base model Base Model: a separate license is needed above a user threshold; a list of forbidden uses binds every user (unconfirmed).',
    ]);
  });

  it("tells the weights' access in its own sentence", () => {
    const c = catalog({ m: model({ weights: 'not-released' }) }, {});
    assert.deepEqual(summarizeReasons(c, commercialUse(c, 'm').reasons), ['Weights are not released.']);
  });

  it('is empty when nothing limits commercial use', () => {
    const c = catalog({ m: model() }, {});
    assert.deepEqual(summarizeReasons(c, commercialUse(c, 'm').reasons), []);
  });
});

describe('a clause with its figures (clauseFigures)', () => {
  it('prints a user cap with its unit and when users are counted, in one parenthesis', () => {
    const figures = clauseFigures('user_threshold', {
      applies: true,
      value: 700_000_000,
      counted: 'month-before-release',
    });
    assert.equal(figures, ' (700M monthly active users, counted in the month before the release)');
  });

  it('says so when the license does not say when users are counted', () => {
    assert.equal(
      clauseFigures('user_threshold', { applies: true, value: 1_000_000, counted: 'unstated' }),
      ' (1M monthly active users; the license does not say when users are counted)',
    );
  });

  it('prints a revenue threshold in US dollars with its period', () => {
    assert.match(
      clauseFigures('revenue_threshold', { applies: true, value: 20_000_000, period: 'month' }),
      /\$20M of revenue a month/u,
    );
  });

  it('names the duty and what switches it on', () => {
    const figures = clauseFigures('threshold_duty', {
      applies: true,
      users: 100_000_000,
      revenue: 20_000_000,
      period: 'month',
      duty: 'Show the model name in the product.',
    });
    assert.match(
      figures,
      /above 100M monthly active users or .*20M of revenue a month: show the model name in the product\)$/u,
    );
  });

  it('tells an exception as a fragment of the sentence', () => {
    assert.equal(
      clauseFigures('output_training_ban', { applies: true, exception: 'Improving the model itself.' }),
      ' (except improving the model itself)',
    );
  });

  it('is empty for a clause without figures', () => {
    assert.equal(clauseFigures('attribution', { applies: true }), '');
    assert.equal(clauseFigures('attribution', undefined), '');
  });
});

describe('model output in the training data (describeCaveat)', () => {
  const c = catalog(
    { m: model({ training_data: ['chats', 'notes'] }) },
    {
      'service-terms': license({ output_training_ban: true }, { name: 'Service Terms' }),
      'plain-terms': license({}, { name: 'Plain Terms' }),
    },
    {
      chats: dataset({ name: 'Chats', generated_by: [{ name: 'A Chat Service', terms: 'service-terms' }] }),
      notes: dataset({ name: 'Notes', generated_by: [{ name: 'A Plain Service', terms: 'plain-terms' }] }),
    },
  );
  const [chats, notes] = dataCaveats(c, 'm').map((caveat) => describeCaveat(c, caveat));

  it("names the generator's ban and says it binds the generator, not the model's users", () => {
    assert.equal(
      chats,
      "Trained on outputs of A Chat Service (“Chats”). Service Terms say outputs may not be used to train other models; such terms bind whoever generated the data, not this model's users, and do not change its verdict.",
    );
  });

  it('reads as a sentence when the terms carry no ban', () => {
    assert.match(notes ?? '', /Its outputs are under Plain Terms; such terms bind/u);
  });
});
