// The shape of the public API's records (docs/ARCHITECTURE.md, "Public contracts"). The API files are built to
// this schema, and the published JSON Schema for them is generated from it.
import { z } from 'astro/zod';
import { LICENSE_CATEGORIES, USE_NAMES, VERDICTS, WEIGHTS_ACCESS, type Use } from './vocabulary.ts';
import { CLAUSE_NAMES, type ClauseName } from './license.ts';

export const API_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const url = z.string().regex(/^https?:\/\//);

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
    context_length: z.number().nullable().describe('Tokens; null when unknown.'),
    training_tokens: z.number().nullable().describe('Tokens; null when unknown.'),
    license: z.string().describe('License id of the main weights.'),
    license_name: z.string(),
    license_category: z.enum(LICENSE_CATEGORIES),
    spdx: z.string().nullable(),
    commercial_use: z.enum(VERDICTS).describe('Derived from license clauses, base model and training data.'),
    commercial_use_reasons: z.array(z.string()).describe('One sentence per clause behind a conditional or no verdict.'),
    allows: z
      .strictObject(Object.fromEntries(USE_NAMES.map((use) => [use, z.boolean()])) as Record<Use, z.ZodBoolean>)
      .describe('Whether the terms allow each use; see /about/ for the clauses that block each.'),
    weights: z.enum(WEIGHTS_ACCESS),
    base_model: z.string().nullable().describe('Id of the model this one was tuned from.'),
    variants: z.array(z.strictObject({ name: z.string(), license: z.string(), commercial_use: z.enum(VERDICTS) })),
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
  value: z.number().nullable(),
  detail: z.string().nullable(),
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
  last_verified: date,
  page: url,
});

export const apiLicensesSchema = z.strictObject({ ...envelope, licenses: z.array(apiLicenseSchema) });

export type ApiModel = z.infer<typeof apiModelSchema>;
export type ApiLicense = z.infer<typeof apiLicenseSchema>;
