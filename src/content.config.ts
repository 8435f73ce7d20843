import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { licenseSchema, modelSchema, organizationSchema } from './schema/index.ts';

// The id is the file name, exactly: no slugging (which would drop the dot of "apache-2.0") and
// no front-matter `slug` override. The validator enforces the naming rule.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(md|yaml)$/, '');

export const collections = {
  models: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/models', generateId: idFromFileName }),
    schema: modelSchema,
  }),
  licenses: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/licenses', generateId: idFromFileName }),
    schema: licenseSchema,
  }),
  organizations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/organizations', generateId: idFromFileName }),
    schema: organizationSchema,
  }),
};
