import { z } from 'astro/zod';
import { httpsUrl, text } from './primitives.ts';
import { ORGANIZATION_KINDS } from './vocabulary.ts';

export const organizationSchema = z
  .strictObject({
    name: text('The name the organization publishes under.'),
    kind: z
      .enum(ORGANIZATION_KINDS, { error: `expected one of: ${ORGANIZATION_KINDS.join(', ')}` })
      .describe('What sort of organization it is.'),
    website: httpsUrl.describe("The organization's website."),
    country: text('Where the organization is based.').optional(),
    summary: text('One plain sentence about the organization.'),
  })
  .describe('An organization that publishes models.');

export type Organization = z.infer<typeof organizationSchema>;
