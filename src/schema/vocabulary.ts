// The fixed values of the data model. No zod here: browser scripts import these lists, and they
// must not pull a schema library into the page.
export const LICENSE_CATEGORIES = [
  'permissive',
  'copyleft',
  'open-rail',
  'community',
  'non-commercial',
  'proprietary',
] as const;
export const ARCHITECTURES = ['decoder-only', 'encoder-decoder', 'encoder-only', 'mixture-of-experts'] as const;

/** What a model takes as input: text, and for multimodal models images, audio or video too. */
export const MODALITIES = ['text', 'image', 'audio', 'video'] as const;
export type Modality = (typeof MODALITIES)[number];

/** The part of a license's models a clause may be limited to, so it binds only those releases. */
export const CLAUSE_RELEASES = ['multimodal'] as const;
export const WEIGHTS_ACCESS = ['open', 'gated', 'on-request', 'leaked', 'not-released'] as const;
export const VERDICTS = ['yes', 'conditional', 'no'] as const;
export const FINE_TUNING_METHODS = [
  'sft',
  'rlhf',
  'dpo',
  'instruction-tuning',
  'chat',
  'continued-pretraining',
  'distillation',
  'other',
] as const;
export const OPENNESS_LEVELS = ['open', 'partial', 'closed', 'unknown'] as const;
/** The uses a reader can check a model's terms for (the `allows` of the API and the table). */
export const USE_NAMES = [
  'commercial',
  'distillation',
  'hosting',
  'redistribution',
  'scale',
  'no-registration',
  'worldwide',
] as const;
/** Whom a territorial exclusion binds: those who take the license, or any use in the region. */
export const TERRITORIAL_SCOPES = ['licensees', 'everyone'] as const;
/** When a user threshold is counted. */
export const THRESHOLD_COUNTS = ['month-before-release', 'any-month', 'unstated'] as const;
export const REVENUE_PERIODS = ['year', 'month'] as const;
export const ORGANIZATION_KINDS = ['company', 'nonprofit', 'academic', 'government', 'collective'] as const;

export type LicenseCategory = (typeof LICENSE_CATEGORIES)[number];
export type WeightsAccess = (typeof WEIGHTS_ACCESS)[number];
export type OpennessLevel = (typeof OPENNESS_LEVELS)[number];
export type Architecture = (typeof ARCHITECTURES)[number];
export type FineTuningMethod = (typeof FINE_TUNING_METHODS)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Use = (typeof USE_NAMES)[number];
export type RevenuePeriod = (typeof REVENUE_PERIODS)[number];
export type ThresholdCount = (typeof THRESHOLD_COUNTS)[number];
