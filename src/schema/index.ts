export * from './vocabulary.ts';
export * from './primitives.ts';
export * from './license.ts';
export * from './organization.ts';
export * from './dataset.ts';
export * from './model.ts';
export * from './api.ts';
