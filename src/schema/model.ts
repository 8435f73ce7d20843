import { z } from 'astro/zod';
import { entryId, httpsUrl, isoDate, text, unknownValue } from './primitives.ts';
import { ARCHITECTURES, FINE_TUNING_METHODS, OPENNESS_LEVELS, VERDICTS, WEIGHTS_ACCESS } from './vocabulary.ts';

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
  'context_length',
  'training_tokens',
  'base_model',
  'fine_tuning',
  'license',
  'weights',
  'commercial_use',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];

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

const trainingDataset = z
  .strictObject({
    name: text("The dataset's name."),
    source: httpsUrl.describe('A page describing the dataset.'),
    terms: entryId('licenses').optional().describe("The license id of the dataset's terms, when known."),
    binding: z
      .boolean({ error: 'expected true or false' })
      .describe(
        "Whether the dataset's terms bind the model trained on it (e.g. non-commercial data, outputs of a model whose terms restrict them).",
      ),
    note: text('Anything a reader should know about the dataset.').optional(),
  })
  .refine((d) => !d.binding || d.terms !== undefined, {
    error: 'binding data needs `terms`: the license id whose clauses bind the model',
    path: ['terms'],
  });

const variant = z.strictObject({
  name: text('The variant\'s name, e.g. "MPT-7B-Chat".'),
  parameters: billions.optional().describe("Its sizes in billions, when they differ from the model's."),
  license: entryId('licenses').describe("The license of this variant's weights."),
  base_model: entryId('models')
    .optional()
    .describe("The model this variant was tuned from, when it differs from the model's base_model."),
  weights: weightsAccess.optional(),
  source: httpsUrl.describe('Where the variant and its license are stated.'),
  note: text('What sets the variant apart.').optional(),
});

const licenseChange = z.strictObject({
  license: entryId('licenses').describe('The license that applied before the change.'),
  until: isoDate.describe('The date the terms changed to the next ones.'),
  source: httpsUrl.describe('Where the change is documented.'),
  note: text('What changed.').optional(),
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
    context_length: orUnknown(positiveInteger('tokens'), 'a number of tokens').describe(
      'The context window in tokens.',
    ),
    training_tokens: orUnknown(positiveInteger('tokens'), 'a number of tokens (not billions)').describe(
      'Pretraining tokens, as a count of tokens.',
    ),
    base_model: entryId('models').optional().describe('The model this one was fine-tuned or further trained from.'),
    training_data: z
      .array(trainingDataset, { error: 'expected a list of datasets' })
      .optional()
      .describe('Named datasets, each with the terms that bind the model, if any.'),
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
      .array(variant, { error: 'expected a list of variants' })
      .optional()
      .describe('Sizes or tuned versions whose terms differ from the main weights.'),
    license_history: z
      .array(licenseChange, { error: 'expected a list of earlier licenses' })
      .optional()
      .describe('Earlier terms, oldest first; the current terms are `license`.'),
    weights: weightsAccess,
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
