// Openness score and Model Openness Framework class, both read from one set of component
// ratings. MOF: White et al., "The Model Openness Framework", arXiv:2403.13784.
import type { License, Model, OpennessComponent } from '../schema/index.ts';
import { OPENNESS_COMPONENT_NAMES } from '../schema/index.ts';

export type Level = 'open' | 'partial' | 'closed' | 'unknown';
export type Component = OpennessComponent | 'license';

export interface Rating {
  component: Component;
  level: Level;
  source?: string;
}

export type MofClass = 'I' | 'II' | 'III' | null;

/** The license component is derived from the license entry, so it cannot disagree with it. */
export function licenseOpenness(license: License): Level {
  if (license.osi_approved || license.category === 'permissive' || license.category === 'copyleft') return 'open';
  if (license.category === 'open-rail' || license.category === 'community') return 'partial';
  return 'closed';
}

export function opennessRatings(model: Model, license: License): Rating[] {
  const ratings: Rating[] = OPENNESS_COMPONENT_NAMES.map((component) => ({
    component,
    level: model.openness[component].level,
    source: model.openness[component].source,
  }));
  ratings.push({ component: 'license', level: licenseOpenness(license), source: license.url });
  return ratings;
}

// An unknown component earns nothing: openness that cannot be shown is not credited.
const POINTS: Record<Level, number> = { open: 1, partial: 0.5, closed: 0, unknown: 0 };

/** Mean of open = 1, partial = 0.5, closed (or unknown) = 0 over every component, 0 to 1. */
export function opennessScore(ratings: readonly Rating[]): number {
  const total = ratings.reduce((sum, rating) => sum + POINTS[rating.level], 0);
  return Math.round((total / ratings.length) * 100) / 100;
}

// Which of our components each MOF class requires to be open, cumulatively: Class III (open
// model), Class II (open tooling) adds code, Class I (open science) adds the data.
export const MOF_REQUIREMENTS: Record<'I' | 'II' | 'III', readonly Component[]> = {
  III: ['weights', 'license', 'model_card', 'data_documentation', 'paper', 'evaluation'],
  II: [
    'weights',
    'license',
    'model_card',
    'data_documentation',
    'paper',
    'evaluation',
    'inference_code',
    'training_code',
  ],
  I: [
    'weights',
    'license',
    'model_card',
    'data_documentation',
    'paper',
    'evaluation',
    'inference_code',
    'training_code',
    'training_data',
  ],
};

export function mofClass(ratings: readonly Rating[]): MofClass {
  const open = new Set(ratings.filter((rating) => rating.level === 'open').map((rating) => rating.component));
  const meets = (level: 'I' | 'II' | 'III') => MOF_REQUIREMENTS[level].every((component) => open.has(component));
  if (meets('I')) return 'I';
  if (meets('II')) return 'II';
  if (meets('III')) return 'III';
  return null;
}
