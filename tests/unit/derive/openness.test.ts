import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { licenseOpenness, mofClass, opennessRatings, opennessScore } from '../../../src/derive/openness.ts';
import { OPENNESS_COMPONENT_NAMES, type Model } from '../../../src/schema/index.ts';
import { license, model } from '../../support/builders.ts';

const openLicense = license({}, { osi_approved: true, category: 'permissive' });
const withLevels = (levels: Partial<Record<keyof Model['openness'], 'open' | 'partial' | 'closed' | 'unknown'>>) => {
  const base = model();
  const openness = { ...base.openness };
  for (const [component, level] of Object.entries(levels))
    openness[component as keyof Model['openness']] = { level, source: 'https://example.org' };
  return model({ openness });
};
const allOpen = Object.fromEntries(OPENNESS_COMPONENT_NAMES.map((name) => [name, 'open'])) as Record<
  keyof Model['openness'],
  'open'
>;

describe('openness', () => {
  it('derives the license component from the license entry', () => {
    assert.equal(licenseOpenness(openLicense), 'open');
    assert.equal(licenseOpenness(license({}, { category: 'open-rail' })), 'partial');
    assert.equal(licenseOpenness(license({}, { category: 'non-commercial' })), 'closed');
    assert.equal(licenseOpenness(license({}, { category: 'proprietary' })), 'closed');
  });

  it('scores the mean of open = 1, partial = 0.5, closed and unknown = 0 over nine components', () => {
    assert.equal(opennessScore(opennessRatings(withLevels(allOpen), openLicense)), 1);
    assert.equal(opennessScore(opennessRatings(model(), license({}, { category: 'proprietary' }))), 0);
    // weights open (1), paper partial (0.5), evaluation unknown (0), the rest closed, license partial (0.5): 2 / 9
    const mixed = withLevels({ weights: 'open', paper: 'partial', evaluation: 'unknown' });
    assert.equal(opennessScore(opennessRatings(mixed, license({}, { category: 'community' }))), 0.22);
  });

  it('places models in Model Openness Framework classes', () => {
    const classIII = {
      weights: 'open',
      model_card: 'open',
      data_documentation: 'open',
      paper: 'open',
      evaluation: 'open',
    } as const;
    assert.equal(mofClass(opennessRatings(withLevels(allOpen), openLicense)), 'I');
    assert.equal(mofClass(opennessRatings(withLevels({ ...allOpen, training_data: 'partial' }), openLicense)), 'II');
    assert.equal(mofClass(opennessRatings(withLevels(classIII), openLicense)), 'III');
    assert.equal(mofClass(opennessRatings(withLevels(allOpen), license({}, { category: 'community' }))), null);
    assert.equal(mofClass(opennessRatings(withLevels({ ...classIII, evaluation: 'partial' }), openLicense)), null);
  });
});
