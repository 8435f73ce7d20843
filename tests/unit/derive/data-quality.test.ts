import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryQuality, isPinned, overallQuality, weakestFirst } from '../../../src/derive/data-quality.ts';
import { catalog, dataset, license, model } from '../../support/builders.ts';

const PINNED = 'https://github.com/org/repo/blob/0123456789abcdef0123456789abcdef01234567/LICENSE';
const LIVE = 'https://example.org/card';

describe('a pinned source (isPinned)', () => {
  it('names a commit', () => {
    assert.equal(isPinned(PINNED), true);
    assert.equal(isPinned('https://huggingface.co/org/model/commit/47f4b0f4d967d1f9a06ed2994c1a608d7f6a9191'), true);
    assert.equal(isPinned('https://huggingface.co/org/model/blob/main/README.md'), false);
    assert.equal(isPinned(LIVE), false);
  });
});

describe('entry quality', () => {
  const c = catalog(
    {
      m: model({
        context_length: 'unknown',
        last_verified: '2025-01-01',
        sources: { release_date: PINNED, parameters: LIVE, architecture: LIVE, license: PINNED, weights: LIVE },
      }),
    },
    { half: license({ user_threshold: true, use_restrictions: 'unknown' }) },
    { data: dataset({ license: 'unknown', sources: {} }) },
  );
  const rows = entryQuality(c);
  const row = (file: string) => rows.find((candidate) => candidate.file === file)!;

  it("counts a model's facts: stated with a source, or unknown, its openness ratings included", () => {
    const m = row('content/models/m.md');
    // release date, parameters, architecture, license, weights; context length and training tokens unknown.
    assert.equal(m.stated, 5 + 8);
    assert.equal(m.sourced, 5 + 8);
    assert.equal(m.unknown, 2);
    assert.equal(m.lastVerified, '2025-01-01');
  });

  it('counts sources and the ones pinned to a commit', () => {
    const m = row('content/models/m.md');
    assert.equal(m.pinned, 2);
    assert.equal(m.sources, 5 + 8 + 0);
  });

  it("counts a license's unconfirmed clauses", () => {
    const half = row('content/licenses/half.yaml');
    assert.equal(half.unknown, 1);
    assert.equal(half.stated, 17);
    assert.equal(half.sourced, 1);
  });

  it("counts a dataset's unknown license", () => {
    assert.equal(row('content/datasets/data.yaml').unknown, 1);
  });

  it('adds every entry up and finds the oldest check', () => {
    const overall = overallQuality(rows);
    assert.equal(
      overall.unknown,
      rows.reduce((sum, each) => sum + each.unknown, 0),
    );
    assert.equal(overall.oldest?.file, 'content/models/m.md');
  });

  it('lists the entries with most unknowns first', () => {
    const order = weakestFirst(rows).map((each) => each.unknown);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => b - a),
    );
  });
});
