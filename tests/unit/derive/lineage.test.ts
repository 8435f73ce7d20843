import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ancestors, children, descendants } from '../../../src/derive/lineage.ts';
import { catalog, model } from '../../support/builders.ts';

describe('lineage', () => {
  const family = catalog(
    {
      llama: model(),
      alpaca: model({ base_model: 'llama' }),
      vicuna: model({ base_model: 'llama' }),
      'alpaca-tune': model({ base_model: 'alpaca' }),
      other: model(),
    },
    {},
  );

  it('lists ancestors from the nearest up', () => {
    assert.deepEqual(ancestors(family, 'alpaca-tune'), ['alpaca', 'llama']);
    assert.deepEqual(ancestors(family, 'llama'), []);
  });

  it('lists direct children and all descendants', () => {
    assert.deepEqual(children(family, 'llama'), ['alpaca', 'vicuna']);
    assert.deepEqual(descendants(family, 'llama'), ['alpaca', 'alpaca-tune', 'vicuna']);
    assert.deepEqual(descendants(family, 'other'), []);
  });

  it('stops walking a cycle', () => {
    const cyclic = catalog(
      {
        a: model({ base_model: 'b' }),
        b: model({ base_model: 'c' }),
        c: model({ base_model: 'a' }),
        d: model({ base_model: 'a' }),
      },
      {},
    );
    assert.deepEqual(ancestors(cyclic, 'd'), ['a', 'b', 'c']);
    assert.deepEqual(descendants(cyclic, 'a'), ['b', 'c', 'd']);
  });

  it('finds children and descendants as their definitions say, in any family, cycles included', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    // Each model's base is another model, a missing one, or none.
    const bases = fc.array(fc.option(fc.constantFrom(...ids, 'missing'), { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    });
    fc.assert(
      fc.property(bases, (chosen) => {
        const models = Object.fromEntries(
          ids.map((id, index) => [id, chosen[index] === undefined ? model() : model({ base_model: chosen[index] })]),
        );
        const any = catalog(models, {});
        for (const id of ids) {
          assert.deepEqual(
            children(any, id),
            ids.filter((other) => models[other]!.base_model === id),
          );
          assert.deepEqual(
            descendants(any, id),
            ids.filter((other) => other !== id && ancestors(any, other).includes(id)),
          );
        }
      }),
    );
  });
});
