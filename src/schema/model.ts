import { z } from 'astro/zod';
import { entryId, hfIds, httpsUrl, ID_PATTERN, isoDate, text, unknownValue } from './primitives.ts';
import {
  ARCHITECTURES,
  FINE_TUNING_METHODS,
  MODALITIES,
  OPENNESS_LEVELS,
  VERDICTS,
  WEIGHTS_ACCESS,
} from './vocabulary.ts';

/** The components of a release that can be open, each rated on its own. */
export const OPENNESS_COMPONENTS = {
  weights: 'The trained weights.',
  inference_code: 'Code to run the model.',
  training_code: 'Code used to train the model.',
  training_data: 'The training data itself.',
  data_documentation: 'A datasheet or detailed description of the training data.',
  paper: 'A paper or technical report.',
  model_card: 'A model card.',
  evaluation: 'Published evaluation results.',
} as const;
export type OpennessComponent = keyof typeof OPENNESS_COMPONENTS;
export const OPENNESS_COMPONENT_NAMES = Object.keys(OPENNESS_COMPONENTS) as OpennessComponent[];

/**
 * Fact fields that need a matching `sources.<field>` URL whenever they are present and not
 * "unknown". Lists and nested facts (training_data, variants, license_history, openness) carry
 * their sources inline.
 */
export const SOURCED_FIELDS = [
  'release_date',
  'parameters',
  'active_parameters',
  'architecture',
  'modalities',
  'context_length',
  'training_tokens',
  'base_model',
  'training_data',
  'fine_tuning',
  'license',
  'weights',
  'commercial_use',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];

const modalities = z
  .array(z.enum(MODALITIES, { error: `expected one of: ${MODALITIES.join(', ')}` }), {
    error: 'expected a list such as [text, image]',
  })
  .min(1, { error: 'list at least one modality' });

const billions = z
  .array(z.number({ error: 'expected a number of billions' }).positive({ error: 'must be positive' }), {
    error: 'expected a list of sizes in billions, e.g. [7, 13, 70], or "unknown"',
  })
  .min(1, { error: 'list at least one size' });

const orUnknown = <T extends z.ZodType>(schema: T, expected: string) =>
  z.union([schema, unknownValue], { error: `expected ${expected}, or "unknown"` });

const positiveInteger = (what: string) =>
  z
    .number({ error: `expected a number of ${what}` })
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be positive' });

const weightsAccess = z
  .enum(WEIGHTS_ACCESS, { error: `expected one of: ${WEIGHTS_ACCESS.join(', ')}` })
  .describe(
    'How the weights can be obtained: open (no gate), gated (accept terms on a hub), on-request (application), leaked (never officially released), not-released.',
  );

/** A model, or one variant of it: `llama-3-1` or `llama-3-1/llama-3-1-8b`. */
export const MODEL_REF_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)?$/;
const modelRef = z
  .string({ error: 'expected the id of an entry in content/models/, or <model>/<variant>' })
  .regex(MODEL_REF_PATTERN, {
    error: 'expected a model id (e.g. llama-2), or a model id and one of its variant ids (e.g. llama-3-1/llama-3-1-8b)',
  })
  .describe('A model id, or <model id>/<variant id> for one variant of it.');

/** A dataset the model was trained on: its id, or its id with a note about how it was used. */
const trainingDataRef = z.union(
  [
    entryId('datasets'),
    z.strictObject({
      dataset: entryId('datasets'),
      note: text('How this model used the dataset (a part of it, an export of a given date…).'),
    }),
  ],
  { error: 'expected the id of an entry in content/datasets/, or { dataset: <id>, note: "…" }' },
);

const trainingData = z
  .array(trainingDataRef, { error: 'expected a list of dataset ids' })
  .min(1, { error: 'list at least one dataset, or leave the field out' });

const licenseChange = z.strictObject({
  license: entryId('licenses').describe('The license that applied before the change.'),
  version: text('The version of that license, when the license entry lists versions (its id).').optional(),
  until: isoDate.describe('The date the terms changed to the next ones.'),
  source: httpsUrl.describe('Where the change is documented.'),
  note: text('What changed.').optional(),
});

/** Fact fields a variant may set for itself; each one set needs its source. */
export const VARIANT_SOURCED_FIELDS = [
  'release_date',
  'parameters',
  'active_parameters',
  'architecture',
  'modalities',
  'context_length',
  'training_tokens',
  'base_model',
  'training_data',
  'license',
  'weights',
] as const;

const variantSourcesShape = Object.fromEntries(
  VARIANT_SOURCED_FIELDS.map((field) => [field, httpsUrl.optional().describe(`The source of \`${field}\`.`)]),
) as { [K in (typeof VARIANT_SOURCED_FIELDS)[number]]: z.ZodOptional<typeof httpsUrl> };

export const variantSchema = z.strictObject({
  id: z
    .string({ error: 'expected a variant id' })
    .regex(ID_PATTERN, { error: 'expected a lowercase kebab-case id, unique within the model (e.g. qwen2-72b)' })
    .describe('Unique within the model; names its section on the model page (/models/<id>/#<variant id>).'),
  name: text('The variant\'s name, e.g. "MPT-7B-Chat".'),
  parameters: billions.optional().describe('Its sizes in billions.'),
  active_parameters: billions.optional().describe('Mixture-of-experts only: its active parameters, per size.'),
  architecture: z
    .enum(ARCHITECTURES, { error: `expected one of: ${ARCHITECTURES.join(', ')}` })
    .optional()
    .describe("Its network architecture, when it differs from the model's."),
  modalities: modalities.optional().describe("What it takes as input, when it differs from the model's."),
  // "unknown" says no source gives this variant's figure, so the model's is not taken for it.
  context_length: orUnknown(positiveInteger('tokens'), 'a number of tokens')
    .optional()
    .describe("Its context window in tokens; unknown when no source gives it and the model's may not hold."),
  training_tokens: orUnknown(positiveInteger('tokens'), 'a number of tokens (not billions)')
    .optional()
    .describe(
      "Its pretraining tokens, as a count of tokens; unknown when no source gives it and the model's may not hold.",
    ),
  release_date: isoDate.optional().describe('Its first public release, when it came apart from the model.'),
  license: entryId('licenses').optional().describe("The license of its weights, when it differs from the model's."),
  license_history: z
    .array(licenseChange, { error: 'expected a list of earlier licenses' })
    .optional()
    .describe('Its earlier terms, oldest first.'),
  training_data: trainingData
    .optional()
    .describe("Datasets it was trained on beyond the model's (its instruction or chat data, say)."),
  base_model: modelRef.optional().describe("What it was tuned from, when that differs from the model's base_model."),
  weights: weightsAccess.optional(),
  hf: hfIds.optional(),
  sources: z
    .strictObject(variantSourcesShape, { error: 'expected a map of field name to source URL' })
    .describe('One https URL for every fact field the variant sets.'),
  note: text('What sets the variant apart.').optional(),
});

const opennessRating = z
  .strictObject({
    level: z
      .enum(OPENNESS_LEVELS, { error: `expected one of: ${OPENNESS_LEVELS.join(', ')}` })
      .describe(
        'open: published under terms that allow reuse; partial: released in part or under restrictions; closed: not released; unknown: not confirmed.',
      ),
    source: httpsUrl
      .optional()
      .describe('Where the release (or its absence) is shown. Required unless the level is unknown.'),
    note: text('Detail, e.g. which part is released.').optional(),
  })
  .refine((r) => r.level === 'unknown' || r.source !== undefined, {
    error: 'a rated component needs a source (write level: unknown if none confirms it)',
    path: ['source'],
  });

const opennessShape = Object.fromEntries(
  OPENNESS_COMPONENT_NAMES.map((name) => [name, opennessRating.describe(OPENNESS_COMPONENTS[name])]),
) as { [K in OpennessComponent]: typeof opennessRating };

const sourcesShape = Object.fromEntries(
  SOURCED_FIELDS.map((field) => [field, httpsUrl.optional().describe(`The source of \`${field}\`.`)]),
) as { [K in SourcedField]: z.ZodOptional<typeof httpsUrl> };

export const modelSchema = z
  .strictObject({
    name: text("The model's name as its publisher writes it."),
    organization: entryId('organizations').describe('The publisher: an id in content/organizations/.'),
    release_date: isoDate.describe('First public release (announcement, for closed models).'),
    summary: text('One sentence saying what the model is.'),
    parameters: orUnknown(billions, 'a list of sizes in billions, e.g. [7, 13, 70]').describe(
      'The sizes released, in billions of parameters.',
    ),
    active_parameters: billions
      .optional()
      .describe('Mixture-of-experts only: parameters active per token, in billions, in the order of `parameters`.'),
    architecture: orUnknown(
      z.enum(ARCHITECTURES, { error: `expected one of: ${ARCHITECTURES.join(', ')}` }),
      `one of: ${ARCHITECTURES.join(', ')}`,
    ).describe('The network architecture.'),
    modalities: modalities.optional().describe('What it takes as input; text only when left out.'),
    context_length: orUnknown(positiveInteger('tokens'), 'a number of tokens').describe(
      'The context window in tokens.',
    ),
    training_tokens: orUnknown(positiveInteger('tokens'), 'a number of tokens (not billions)').describe(
      'Pretraining tokens, as a count of tokens.',
    ),
    base_model: modelRef
      .optional()
      .describe('The model (or one variant of it) this one was fine-tuned or further trained from.'),
    training_data: trainingData
      .optional()
      .describe(
        'The datasets it was trained on, by id in content/datasets/; each dataset says whether its terms bind the model.',
      ),
    fine_tuning: z
      .array(z.enum(FINE_TUNING_METHODS, { error: `expected one of: ${FINE_TUNING_METHODS.join(', ')}` }), {
        error: 'expected a list of methods',
      })
      .optional()
      .describe('How the model was tuned after pretraining.'),
    license: entryId('licenses').describe('The license of the main weights.'),
    commercial_use: z
      .enum(VERDICTS, { error: `expected one of: ${VERDICTS.join(', ')}` })
      .optional()
      .describe('Only when the publisher states it: the verdict it claims. Checked against the derived verdict.'),
    variants: z
      .array(variantSchema, { error: 'expected a list of variants' })
      .optional()
      .describe(
        'Named sizes or tuned versions, each with the facts and terms that set it apart from the main weights.',
      ),
    license_history: z
      .array(licenseChange, { error: 'expected a list of earlier licenses' })
      .optional()
      .describe('Earlier terms, oldest first; the current terms are `license`.'),
    weights: weightsAccess,
    hf: hfIds.optional(),
    openness: z
      .strictObject(opennessShape, { error: 'expected the openness components' })
      .describe('How open each component of the release is, each with a source.'),
    links: z
      .strictObject({
        paper: httpsUrl.optional().describe('The paper or technical report.'),
        repository: httpsUrl.optional().describe('The code repository.'),
        model_card: httpsUrl.optional().describe('The model card.'),
        website: httpsUrl.optional().describe('The announcement or project page.'),
      })
      .optional()
      .describe('Where to read more.'),
    sources: z
      .strictObject(sourcesShape, { error: 'expected a map of field name to source URL' })
      .describe('One https URL for every fact field present and not "unknown".'),
    last_verified: isoDate.describe('The day the facts were last checked against their sources.'),
  })
  .describe('A model (or a family released together): facts, each with its source.');

export type Model = z.infer<typeof modelSchema>;
