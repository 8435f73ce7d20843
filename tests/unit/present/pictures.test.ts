import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveAll } from '../../../src/derive/model.ts';
import { licenseMap } from '../../../src/present/license-map.ts';
import { lineageTree } from '../../../src/present/lineage-tree.ts';
import { timeline } from '../../../src/present/timeline.ts';
import { catalog, dataset, license, model } from '../../support/builders.ts';

const c = catalog(
  {
    base: model({ name: 'Base', license: 'research', release_date: '2023-01-01', parameters: [7, 65] }),
    tune: model({
      name: 'Tune',
      base_model: 'base',
      release_date: '2023-03',
      training_data: ['nc-data', 'free-data'],
    }),
    tune2: model({ name: 'Tune 2', base_model: 'tune', release_date: '2023-06-01' }),
    alone: model({ name: 'Alone', release_date: '2024-01-01', parameters: [0.5] }),
    closed: model({ name: 'Closed', weights: 'not-released', parameters: 'unknown', release_date: '2024-02-01' }),
  },
  {
    research: license({ non_commercial: true, derivatives_inherit: true }),
    nc: license({ non_commercial: true }, { category: 'non-commercial' }),
  },
  {
    'nc-data': dataset({
      name: 'NC data, a name much longer than the forty characters drawn',
      license: 'nc',
      binding: true,
    }),
    'free-data': dataset({ name: 'Free data', binding: false }),
  },
);
const models = deriveAll(c);
const byId = new Map(models.map((derived) => [derived.id, derived]));

describe('lineage tree', () => {
  it('draws each family member once, binding data as inputs, one edge per link', () => {
    const tree = lineageTree(c, byId);
    assert.deepEqual(
      tree.nodes
        .filter((node) => node.kind === 'model')
        .map((node) => node.id)
        .sort(),
      ['base', 'tune', 'tune2'],
    );
    assert.deepEqual(
      tree.nodes.filter((node) => node.kind === 'data').map((node) => node.id),
      ['nc-data'],
    );
    assert.equal(tree.edges.length, 3);
    assert.equal(tree.edges.filter((edge) => edge.kind === 'data').length, 1);
    // A long dataset name is cut where it is drawn, never in its tooltip or the list.
    const data = tree.nodes.find((node) => node.kind === 'data')!;
    assert.equal(data.label, 'NC data, a name much longer than the forty characters drawn');
    assert.ok(data.short.length <= 40 && data.short.endsWith('…'));
    assert.equal(tree.nodes.find((node) => node.id === 'tune2')?.parent, 'Tune');
    assert.ok(tree.nodes.every((node) => node.x >= 0 && node.x <= tree.width && node.y >= 0 && node.y <= tree.height));
  });

  it('colors every node by its own verdict, so a restriction is seen flowing down', () => {
    const verdicts = Object.fromEntries(
      lineageTree(c, byId)
        .nodes.filter((node) => node.kind === 'model')
        .map((node) => [node.id, node.verdict]),
    );
    assert.deepEqual(verdicts, { base: 'no', tune: 'no', tune2: 'no' });
  });

  it('hangs a variant tuned from another base under that base, linked to its own section', () => {
    const withDistill = catalog(
      {
        base: model({ name: 'Base', license: 'research' }),
        other: model({ name: 'Other', license: 'free' }),
        reasoner: model({
          name: 'Reasoner',
          license: 'free',
          variants: [
            {
              id: 'reasoner-small',
              name: 'Reasoner Small',
              base_model: 'base',
              sources: { base_model: 'https://example.org' },
            },
            {
              id: 'reasoner-other',
              name: 'Reasoner Other',
              base_model: 'other/x',
              sources: { base_model: 'https://example.org' },
            },
            {
              id: 'reasoner-big',
              name: 'Reasoner Big',
              parameters: [100],
              sources: { parameters: 'https://example.org' },
            },
          ],
        }),
      },
      { research: license({ non_commercial: true, derivatives_inherit: true }), free: license() },
    );
    const derived = deriveAll(withDistill);
    const tree = lineageTree(withDistill, new Map(derived.map((d) => [d.id, d])));
    const leaves = tree.nodes.filter((node) => node.variant);
    assert.deepEqual(
      leaves.map((node) => [node.id, node.variant, node.parent, node.verdict]),
      [
        ['reasoner', 'reasoner-small', 'Base', 'no'],
        ['reasoner', 'reasoner-other', 'Other', 'yes'],
      ],
    );
    // The model itself has no base of its own, so it is not drawn; a variant that keeps the model's terms is not either.
    assert.equal(tree.nodes.filter((node) => node.id === 'reasoner' && !node.variant).length, 0);
    assert.equal(tree.edges.length, 2);
  });

  it('is empty for a model without family, and limited to the family when focused', () => {
    assert.deepEqual(lineageTree(c, byId, 'alone').nodes, []);
    assert.equal(lineageTree(c, byId, 'tune2').nodes.filter((node) => node.kind === 'model').length, 3);
  });
});

describe('release timeline', () => {
  it('places every model of known size inside the plot, and lists the rest', () => {
    const picture = timeline(c, models);
    assert.deepEqual(picture.points.map((point) => point.id).sort(), ['alone', 'base', 'tune', 'tune2']);
    assert.deepEqual(picture.unplaced, [{ id: 'closed', label: 'Closed' }]);
    for (const point of picture.points) {
      assert.ok(point.x >= picture.plot.left && point.x <= picture.plot.right, point.id);
      assert.ok(point.y >= picture.plot.top && point.y <= picture.plot.bottom, point.id);
    }
    const byId = Object.fromEntries(picture.points.map((point) => [point.id, point]));
    assert.ok(byId.base!.y < byId.alone!.y, 'larger models sit higher');
    assert.ok(byId.base!.x < byId.alone!.x, 'later models sit further right');
    assert.equal(byId.base!.size, 65);
  });
});

describe('license map', () => {
  it('counts every model once, by category and verdict', () => {
    const cells = licenseMap(c, models);
    assert.equal(cells.length, 6 * 3);
    assert.equal(
      cells.reduce((sum, cell) => sum + cell.count, 0),
      models.length,
    );
    assert.equal(cells.find((cell) => cell.category === 'community' && cell.verdict === 'no')?.count, 1);
  });
});
