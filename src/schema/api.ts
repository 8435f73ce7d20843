// The shape of the public API's records (docs/ARCHITECTURE.md, "Public contracts"). The API files are built to
// this schema, and the published JSON Schema for them is generated from it.
import { z } from 'astro/zod';
import {
  LICENSE_CATEGORIES,
  REVENUE_PERIODS,
  TERRITORIAL_SCOPES,
  THRESHOLD_COUNTS,
  USE_NAMES,
  VERDICTS,
  WEIGHTS_ACCESS,
  type Use,
} from './vocabulary.ts';
import { CLAUSE_NAMES, type ClauseName } from './license.ts';

export const API_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const url = z.string().regex(/^https?:\/\//);

const allowsSchema = z
  .strictObject(Object.fromEntries(USE_NAMES.map((use) => [use, z.boolean()])) as Record<Use, z.ZodBoolean>)
  .describe(
    'Whether the terms permit each use (conditions may still apply); see /about/ for the clauses that block each.',
  );

/** The license of a release's weights, by id and in words, with the version in effect. */
const licenseFields = (whose: string) => ({
  license: z.string().describe(`License id of ${whose}.`),
  license_version: z
    .string()
    .nullable()
    .describe('The version of that license in effect when it began to apply; null when the license lists no versions.'),
  license_name: z.string(),
  license_category: z.enum(LICENSE_CATEGORIES),
  spdx: z.string().nullable(),
});

const apiVariantSchema = z
  .strictObject({
    id: z.string().describe('Unique within the model; its section is <model url>#<id>.'),
    name: z.string(),
    parameters: z.array(z.number()).nullable().describe('Its sizes in billions; null when unknown.'),
    active_parameters: z.array(z.number()).nullable().describe('Mixture-of-experts: billions active per token.'),
    architecture: z.string().nullable(),
    modalities: z.array(z.string()).describe('What it takes as input: text, image, audio, video.'),
    context_length: z.number().nullable().describe('Tokens; null when unknown.'),
    release_date: date.describe("Its first public release: the model's unless it came later."),
    ...licenseFields('its weights'),
    weights: z.enum(WEIGHTS_ACCESS),
    base_model: z.string().nullable().describe('What it was tuned from: a model id, or <model>/<variant>.'),
    training_data: z.array(z.string()).describe("Dataset ids, the model's and its own."),
    commercial_use: z.enum(VERDICTS).describe('Derived from its own terms.'),
    terms_unread: z
      .boolean()
      .describe('Every clause of its own license is unconfirmed: the verdict rests on terms that could not be read.'),
    commercial_use_reasons: z.array(z.string()),
    caveats: z
      .array(z.string())
      .describe("Model output in its training data, whose generators' terms do not change the verdict."),
    allows: allowsSchema,
    hf: z.array(z.string()).describe('Hugging Face repository ids of its weights.'),
    url: url.describe('Its section on the model page.'),
  })
  .describe('A variant of a model: named sizes or tuned versions with terms of their own.');

export const apiModelSchema = z
  .strictObject({
    id: z.string().describe("The model's id, as in its page URL."),
    name: z.string(),
    organization: z.string().describe('Organization id.'),
    organization_name: z.string(),
    release_date: date.describe('YYYY-MM-DD, or YYYY-MM when only the month is known.'),
    summary: z.string(),
    parameters: z.array(z.number()).nullable().describe('Sizes released, in billions; null when unknown.'),
    active_parameters: z
      .array(z.number())
      .nullable()
      .describe('Mixture-of-experts: active parameters per size, in billions.'),
    architecture: z.string().nullable(),
    modalities: z.array(z.string()).describe('What it takes as input: text, image, audio, video.'),
    context_length: z.number().nullable().describe('Tokens; null when unknown.'),
    training_tokens: z.number().nullable().describe('Tokens; null when unknown.'),
    ...licenseFields('the main weights'),
    commercial_use: z.enum(VERDICTS).describe('Derived from license clauses, base model and training data.'),
    terms_unread: z
      .boolean()
      .describe('Every clause of its own license is unconfirmed: the verdict rests on terms that could not be read.'),
    commercial_use_reasons: z.array(z.string()).describe('One sentence per clause behind a conditional or no verdict.'),
    allows: allowsSchema,
    caveats: z
      .array(z.string())
      .describe("Model output in its training data, whose generators' terms do not change the verdict."),
    weights: z.enum(WEIGHTS_ACCESS),
    base_model: z.string().nullable().describe('What this one was tuned from: a model id, or <model>/<variant>.'),
    training_data: z.array(z.string()).describe('Dataset ids (see /api/datasets.json).'),
    hf: z.array(z.string()).describe('Hugging Face repository ids of the main weights.'),
    verdict_varies: z.boolean().describe("Whether a variant's commercial-use verdict differs from the main weights'."),
    variants: z.array(apiVariantSchema),
    openness_score: z.number().min(0).max(1),
    mof_class: z.enum(['I', 'II', 'III']).nullable().describe('Model Openness Framework class.'),
    sources: z.record(z.string(), url).describe('Source URL of each fact field.'),
    last_verified: date,
    url: url.describe("The model's page."),
  })
  .describe('A model with its derived terms, as published by the Open LLM Atlas API.');

const envelope = {
  version: z.literal(API_VERSION).describe('Bumped when a field changes meaning or goes away.'),
  generated_at: z
    .string()
    .describe('When the site was built (ISO 8601); the only field that differs between two builds of the same data.'),
};

export const apiModelsSchema = z.strictObject({ ...envelope, models: z.array(apiModelSchema) });
export const apiModelFileSchema = z.strictObject({ ...envelope, model: apiModelSchema });

const apiClause = z.strictObject({
  applies: z.union([z.boolean(), z.literal('unknown')]),
  value: z.number().nullable().describe('user_threshold: monthly active users; revenue_threshold: US dollars.'),
  users: z.number().nullable().describe('threshold_duty: monthly active users above which the duty applies.'),
  revenue: z.number().nullable().describe('threshold_duty: US dollars above which the duty applies.'),
  period: z.enum(REVENUE_PERIODS).nullable().describe('The period revenue is counted over.'),
  counted: z.enum(THRESHOLD_COUNTS).nullable().describe('When users are counted.'),
  duty: z.string().nullable(),
  regions: z.array(z.string()).nullable().describe('territorial_exclusion: region codes (ISO 3166-1 alpha-2, or eu).'),
  binds: z.enum(TERRITORIAL_SCOPES).nullable(),
  scope: z.string().nullable().describe('The part of what the license covers that the clause binds.'),
  exception: z.string().nullable(),
  detail: z.string().nullable(),
  section: z.string().nullable(),
  quote: z.string().nullable().describe('At most 300 characters, word for word from the source.'),
  source: url.describe('The license text that contains the clause (the license itself when absent).'),
});

export const apiLicenseSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  spdx: z.string().nullable(),
  url,
  osi_approved: z.boolean(),
  category: z.enum(LICENSE_CATEGORIES),
  summary: z.string(),
  clauses: z.strictObject(
    Object.fromEntries(CLAUSE_NAMES.map((name) => [name, apiClause])) as Record<ClauseName, typeof apiClause>,
  ),
  models: z.array(z.string()).describe('Ids of the models whose main weights use it.'),
  versions: z
    .array(z.strictObject({ id: z.string(), effective: date, url, note: z.string().nullable() }))
    .describe('Versions of the license, oldest first; empty when it never changed.'),
  last_verified: date,
  page: url,
});

export const apiDatasetSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    url,
    summary: z.string(),
    license: z.string().nullable().describe('License id of the data itself; null when unknown.'),
    license_history: z.array(z.strictObject({ license: z.string(), until: date, source: url })),
    binding: z
      .union([z.boolean(), z.literal('unknown')])
      .describe('Whether its own license binds models trained on it.'),
    binding_reason: z.string(),
    derived_from: z.array(z.string()).describe('Datasets it copies, cleans or mixes; their terms stay with it.'),
    generated_by: z.array(
      z.strictObject({ name: z.string(), model: z.string().nullable(), terms: z.string().nullable() }),
    ),
    models: z.array(z.string()).describe('Ids of the models (or <model>/<variant>) trained on it.'),
    sources: z.record(z.string(), url),
    last_verified: date,
    page: url,
  })
  .describe('A dataset with its terms and the models trained on it.');

export const apiDatasetsSchema = z.strictObject({ ...envelope, datasets: z.array(apiDatasetSchema) });
export type ApiDataset = z.infer<typeof apiDatasetSchema>;

export const apiLicensesSchema = z.strictObject({ ...envelope, licenses: z.array(apiLicenseSchema) });

const badgeUrls = z
  .strictObject({ svg: url, json: url })
  .describe('The badge image, and its shields.io endpoint JSON.');

/** One Hugging Face repository's release: enough to check its terms, or show its badge, in one request. */
const apiHfRepositorySchema = z
  .strictObject({
    model: z.string().describe('The model id.'),
    variant: z.string().nullable().describe("The variant id, or null for the model's main weights."),
    name: z.string(),
    commercial_use: z.enum(VERDICTS).describe("The release's own verdict."),
    terms_unread: z.boolean(),
    ...licenseFields('its weights'),
    page: url.describe("The release's section of the model page."),
    api: url.describe("The model's API file, with every fact and reason."),
    badges: z.strictObject({ license: badgeUrls, commercial: badgeUrls, openness: badgeUrls }),
  })
  .describe('The release whose weights a Hugging Face repository holds.');

export const apiHfSchema = z.strictObject({
  ...envelope,
  repositories: z
    .record(z.string(), apiHfRepositorySchema)
    .describe('Keyed by Hugging Face repository id (owner/name), as the model entries write it.'),
});
export type ApiHfRepository = z.infer<typeof apiHfRepositorySchema>;

export type ApiModel = z.infer<typeof apiModelSchema>;
export type ApiVariant = z.infer<typeof apiVariantSchema>;
export type ApiLicense = z.infer<typeof apiLicenseSchema>;
