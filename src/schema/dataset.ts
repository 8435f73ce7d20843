import { z } from 'astro/zod';
import { entryId, httpsUrl, isoDate, text, unknownValue } from './primitives.ts';

/** Fact fields of a dataset that need a `sources.<field>` URL when present and not unknown. */
export const DATASET_SOURCED_FIELDS = ['license', 'binding', 'generated_by', 'derived_from'] as const;

/** Who or what wrote the data, when it is model output. */
const generator = z
  .strictObject({
    name: text('The generator as its maker names it, e.g. "OpenAI text-davinci-003".'),
    model: entryId('models')
      .optional()
      .describe('The generating model, when it has an entry: its license gives the terms of its outputs.'),
    terms: entryId('licenses')
      .optional()
      .describe('The terms of the closed service that generated the data, when the model has no entry.'),
  })
  .refine((g) => g.model !== undefined || g.terms !== undefined, {
    error: 'name the generating model (model:) or the terms of the service that generated the data (terms:)',
    path: ['terms'],
  });

const datasetLicenseChange = z.strictObject({
  license: entryId('licenses').describe('The license that applied before the change.'),
  until: isoDate.describe('The date the data took the next terms.'),
  source: httpsUrl.describe('Where the change is documented (a commit, a changelog).'),
  note: text('What changed.').optional(),
});

const sourcesShape = Object.fromEntries(
  DATASET_SOURCED_FIELDS.map((field) => [field, httpsUrl.optional().describe(`The source of \`${field}\`.`)]),
) as { [K in (typeof DATASET_SOURCED_FIELDS)[number]]: z.ZodOptional<typeof httpsUrl> };

export const datasetSchema = z
  .strictObject({
    name: text("The dataset's name as its publisher writes it."),
    url: httpsUrl.describe('A page describing the dataset (its card or repository).'),
    summary: text('One plain sentence on what the dataset is.'),
    license: z
      .union([entryId('licenses'), unknownValue], {
        error: 'expected the id of an entry in content/licenses/, or "unknown"',
      })
      .describe('The license the data itself is published under, or unknown (also for data never released).'),
    license_history: z
      .array(datasetLicenseChange, { error: 'expected a list of earlier licenses' })
      .optional()
      .describe('Earlier licenses of the data, oldest first; the current one is `license`.'),
    binding: z
      .union([z.boolean(), unknownValue], { error: 'expected true, false or "unknown"' })
      .describe(
        "Whether the data's own license binds a model trained on it: true, false, or unknown when that could not be settled from the sources.",
      ),
    binding_reason: text('Why the license does or does not bind models trained on the data, from the sources.'),
    derived_from: z
      .array(entryId('datasets'), { error: 'expected a list of dataset ids' })
      .min(1, { error: 'list at least one dataset, or leave the field out' })
      .optional()
      .describe('Datasets this one copies, cleans or mixes: their terms stay with it.'),
    generated_by: z
      .array(generator, { error: 'expected a list of generators' })
      .min(1, { error: 'list at least one generator, or leave the field out' })
      .optional()
      .describe('The models or services whose outputs make up the data.'),
    sources: z
      .strictObject(sourcesShape, { error: 'expected a map of field name to source URL' })
      .describe('One https URL for every fact field present and not "unknown".'),
    last_verified: isoDate.describe('The day the facts were last checked against their sources.'),
  })
  .describe('A dataset models are trained on: its terms, and whether they reach those models.');

export type Dataset = z.infer<typeof datasetSchema>;
