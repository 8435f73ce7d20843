import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { release, releasesOf, versionAt } from '../../../src/derive/releases.ts';
import { catalog, dataset, license, model } from '../../support/builders.ts';

const versioned = license(
  {},
  {
    versions: [
      { id: 'v1', effective: '2024-02-21', url: 'https://example.org/v1' },
      { id: 'v2', effective: '2025-03-24', url: 'https://example.org/v2' },
    ],
  },
);

describe('the version of a license in effect (versionAt)', () => {
  it('is the last version that took effect on or before the date', () => {
    assert.equal(versionAt(versioned, '2024-02-21'), 'v1');
    assert.equal(versionAt(versioned, '2025-01-01'), 'v1');
    assert.equal(versionAt(versioned, '2025-03-24'), 'v2');
  });

  it('is none before the first version, for a license without versions, or when the month is ambiguous', () => {
    assert.equal(versionAt(versioned, '2023-12-31'), undefined);
    assert.equal(versionAt(license(), '2025-01-01'), undefined);
    assert.equal(versionAt(versioned, '2025-03'), undefined);
    assert.equal(versionAt(versioned, '2025-04'), 'v2');
  });
});

describe('a release', () => {
  const c = catalog(
    {
      family: model({
        license: 'versioned',
        release_date: '2024-03-01',
        training_data: ['web'],
        variants: [
          {
            id: 'family-big',
            name: 'Family Big',
            parameters: [70],
            license: 'permissive',
            training_data: ['chat'],
            release_date: '2025-06-01',
            sources: { license: 'https://example.org/big' },
          },
        ],
      }),
    },
    { versioned },
    { web: dataset(), chat: dataset() },
  );

  it("takes the variant's facts over the model's, and adds its data to the model's", () => {
    const big = release(c, 'family/family-big')!;
    assert.equal(big.license, 'permissive');
    assert.deepEqual(big.parameters, [70]);
    assert.equal(big.releaseDate, '2025-06-01');
    assert.deepEqual(
      big.trainingData.map(({ dataset: id }) => id),
      ['web', 'chat'],
    );
  });

  it('records the version of its license in effect when that license began to apply', () => {
    assert.equal(release(c, 'family')!.licenseVersion, 'v1');
    assert.equal(release(c, 'family/family-big')!.licenseVersion, undefined);
    // A model that moved to the license later takes the version in effect at the move.
    const moved = catalog(
      {
        m: model({
          license: 'versioned',
          release_date: '2023-01-01',
          license_history: [{ license: 'permissive', until: '2025-04-01', source: 'https://example.org/move' }],
        }),
      },
      { versioned },
    );
    assert.equal(release(moved, 'm')!.licenseVersion, 'v2');
  });

  it('is the main weights, then each variant; an unknown ref is none', () => {
    assert.deepEqual(
      releasesOf(c, 'family').map(({ ref }) => ref),
      ['family', 'family/family-big'],
    );
    assert.equal(release(c, 'family/nothing'), undefined);
    assert.equal(release(c, 'nothing'), undefined);
  });
});
