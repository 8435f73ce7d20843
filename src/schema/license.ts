import { z } from 'astro/zod';
import { httpsUrl, isoDate, text } from './primitives.ts';
import { LICENSE_CATEGORIES } from './vocabulary.ts';

/**
 * The clauses that decide what a user may do, with the question each one answers.
 * Order matters: it is the order pages list them in.
 */
export const CLAUSES = {
  non_commercial: 'Forbids commercial use (including research-only terms).',
  user_threshold: 'Requires another license above a number of users (value: the number).',
  revenue_threshold: 'Free commercial use only below a revenue figure (value: the amount in US dollars).',
  royalty: 'Royalties or fees are payable for some commercial use.',
  use_restrictions: 'A list of forbidden uses (RAIL terms or an acceptable-use policy).',
  output_training_ban: 'Outputs may not be used to train or improve other models.',
  hosting_restriction: 'The model may not be offered as a hosted service without another license.',
  registration_required: 'Users must register, apply or accept terms to obtain the weights.',
  naming_requirement: 'Derivatives must carry, or must avoid, a given name.',
  attribution: 'Copies and derivatives must credit the licensor or keep notices.',
  share_alike: 'Derivatives must be shared under the same terms.',
  derivatives_inherit: 'Fine-tunes and other derivatives stay bound by these terms.',
} as const;

export type ClauseName = keyof typeof CLAUSES;
export const CLAUSE_NAMES = Object.keys(CLAUSES) as ClauseName[];

const clause = (question: string) =>
  z
    .strictObject({
      applies: z
        .union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' })
        .describe('Whether the license contains this clause; "unknown" when the text could not be confirmed.'),
      value: z
        .number({ error: 'expected a number' })
        .positive({ error: 'must be positive' })
        .optional()
        .describe('The threshold, for user_threshold (users) and revenue_threshold (US dollars).'),
      detail: text('What the clause says, in plain words.').optional(),
      section: text('Where in the license text the clause stands (e.g. "Section 2").').optional(),
      source: httpsUrl
        .optional()
        .describe('The license text that contains the clause. Required when the clause applies.'),
    })
    .refine((c) => c.applies !== true || c.source !== undefined, {
      error: 'a clause that applies needs a source: the URL of the license text that contains it',
      path: ['source'],
    })
    .describe(question);

const clauseShape = Object.fromEntries(CLAUSE_NAMES.map((name) => [name, clause(CLAUSES[name])])) as {
  [K in ClauseName]: ReturnType<typeof clause>;
};

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
    last_verified: isoDate.describe('The day the clauses were last checked against the license text.'),
  })
  .describe('A license: its clauses, each cited. The verdict for a model is derived from these, never written here.');

export type License = z.infer<typeof licenseSchema>;
