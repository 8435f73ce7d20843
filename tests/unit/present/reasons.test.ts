import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commercialUse } from '../../../src/derive/terms.ts';
import { summarizeReasons } from '../../../src/present/reasons.ts';
import { catalog, license, model } from '../../support/builders.ts';

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
