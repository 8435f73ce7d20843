import { z } from 'astro/zod';
import { httpsUrl, ID_PATTERN, isoDate, quote, regionCode, text } from './primitives.ts';
import {
  CLAUSE_RELEASES,
  LICENSE_CATEGORIES,
  REVENUE_PERIODS,
  TERRITORIAL_SCOPES,
  THRESHOLD_COUNTS,
} from './vocabulary.ts';

/**
 * The clauses that decide what a user may do, with the question each one answers.
 * Order matters: it is the order pages list them in.
 */
export const CLAUSES = {
  non_commercial: 'Forbids commercial use (including research-only terms).',
  user_threshold:
    'Requires another license above a number of monthly active users (value: the number; counted: when it is counted).',
  revenue_threshold:
    'Free commercial use only below a revenue figure; above it the rights are lost until another license is agreed (value: US dollars; period: year or month).',
  royalty: 'Royalties or fees are payable for some commercial use.',
  use_restrictions: 'A list of forbidden uses (RAIL terms or an acceptable-use policy).',
  output_training_ban: 'Outputs may not be used to train or improve other models.',
  hosting_restriction: 'The model may not be offered as a hosted service without another license.',
  hosted_service:
    'Offering the model as a service carries conditions of its own (model-as-a-service terms), short of a ban.',
  registration_required:
    "The license itself requires registering or applying before use (gated downloads are recorded as the weights' access).",
  naming_requirement: 'Derivatives must carry, or must avoid, a given name.',
  threshold_duty:
    'A duty that applies only above a number of users or an amount of revenue (users, revenue, period; duty: what is owed).',
  territorial_exclusion:
    'The license grants nothing to some people or in some regions (regions: the codes; binds: licensees, or every use there).',
  remote_restriction: 'The licensor may restrict use remotely.',
  terms_change: 'The licensor may change the terms, or a policy they incorporate, after you accept them.',
  termination_trigger:
    'Rights end automatically on an act of use, such as bypassing safety guardrails (lawsuits over patents, common to open licenses, are not counted).',
  attribution: 'Copies and derivatives must credit the licensor or keep notices.',
  share_alike: 'Derivatives must be shared under the same terms.',
  derivatives_inherit: 'Fine-tunes and other derivatives stay bound by these terms.',
} as const;

export type ClauseName = keyof typeof CLAUSES;
export const CLAUSE_NAMES = Object.keys(CLAUSES) as ClauseName[];

const positiveNumber = (what: string) =>
  z.number({ error: `expected a number of ${what}` }).positive({ error: 'must be positive' });

const clause = (question: string) =>
  z
    .strictObject({
      applies: z
        .union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' })
        .describe('Whether the license contains this clause; "unknown" when the text could not be confirmed.'),
      value: positiveNumber('users or US dollars')
        .optional()
        .describe('The threshold, for user_threshold (monthly active users) and revenue_threshold (US dollars).'),
      users: positiveNumber('monthly active users')
        .optional()
        .describe('threshold_duty: the monthly active users above which the duty applies.'),
      revenue: positiveNumber('US dollars')
        .optional()
        .describe('threshold_duty: the revenue in US dollars above which the duty applies.'),
      period: z
        .enum(REVENUE_PERIODS, { error: `expected one of: ${REVENUE_PERIODS.join(', ')}` })
        .optional()
        .describe('The period a revenue figure is counted over: year or month.'),
      counted: z
        .enum(THRESHOLD_COUNTS, { error: `expected one of: ${THRESHOLD_COUNTS.join(', ')}` })
        .optional()
        .describe(
          'When a user count is taken: in the month before the release (month-before-release), in any month (any-month), or not said (unstated).',
        ),
      duty: text("threshold_duty: what is owed above the threshold, e.g. showing the model's name.").optional(),
      regions: z
        .array(regionCode, { error: 'expected a list of region codes' })
        .min(1, { error: 'list at least one region' })
        .optional()
        .describe('territorial_exclusion: the regions where the license grants nothing.'),
      binds: z
        .enum(TERRITORIAL_SCOPES, { error: `expected one of: ${TERRITORIAL_SCOPES.join(', ')}` })
        .optional()
        .describe(
          'territorial_exclusion: licensees (people and companies based there; end users of a product may be exempt) or everyone (any use there).',
        ),
      scope: text(
        'When the clause binds only part of what the license covers, which part (e.g. "the multimodal models").',
      ).optional(),
      only_for: z
        .enum(CLAUSE_RELEASES, { error: `expected one of: ${CLAUSE_RELEASES.join(', ')}` })
        .optional()
        .describe(
          'When the clause binds only the multimodal models of the license (models that take more than text, per their modalities), multimodal.',
        ),
      exception: text(
        'What the clause still allows, when the license makes an exception (e.g. "improving Llama 2 itself").',
      ).optional(),
      detail: text('What the clause says, in plain words.').optional(),
      section: text('Where in the license text the clause stands (e.g. "Section 2").').optional(),
      source: httpsUrl
        .optional()
        .describe('The license text that contains the clause. Required when the clause applies.'),
      quote: quote.optional(),
    })
    .refine((c) => c.applies !== true || c.source !== undefined, {
      error: 'a clause that applies needs a source: the URL of the license text that contains it',
      path: ['source'],
    })
    .describe(question);

const clauseShape = Object.fromEntries(CLAUSE_NAMES.map((name) => [name, clause(CLAUSES[name])])) as {
  [K in ClauseName]: ReturnType<typeof clause>;
};

const licenseVersion = z.strictObject({
  id: z
    .string({ error: 'expected a version id such as "2024-04-01" or "1.1"' })
    .regex(ID_PATTERN, { error: 'expected a lowercase id such as "2024-04-01" or "1.1"' })
    .describe('How the version is named: its number, or its date when it has none.'),
  effective: isoDate.describe('The day the version took effect.'),
  url: httpsUrl.describe('The text of this version.'),
  note: text('What changed from the version before.').optional(),
});

export const licenseSchema = z
  .strictObject({
    name: text('The license name as its authors write it.'),
    spdx: z
      .union([z.string(), z.null()], { error: 'expected an SPDX identifier or null' })
      .describe('The SPDX identifier when the SPDX list has one (e.g. "Apache-2.0"), otherwise null.'),
    url: httpsUrl.describe('The full license text.'),
    osi_approved: z
      .boolean({ error: 'expected true or false' })
      .describe('Whether the Open Source Initiative approved the license.'),
    category: z
      .enum(LICENSE_CATEGORIES, { error: `expected one of: ${LICENSE_CATEGORIES.join(', ')}` })
      .describe('The broad family of the license.'),
    summary: text('One plain sentence on what the license allows.'),
    clauses: z
      .strictObject(clauseShape, { error: 'expected the clauses object' })
      .describe('Every clause that decides what a user may do, each with its citation.'),
    versions: z
      .array(licenseVersion, { error: 'expected a list of versions' })
      .min(1, { error: 'list at least one version, or leave the field out' })
      .optional()
      .describe('Versions of a license that changed, oldest first; the clauses above are those of the last one.'),
    last_verified: isoDate.describe('The day the clauses were last checked against the license text.'),
  })
  .describe('A license: its clauses, each cited. The verdict for a model is derived from these, never written here.');

export type License = z.infer<typeof licenseSchema>;
