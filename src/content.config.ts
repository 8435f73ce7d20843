import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { licenseSchema, modelSchema, organizationSchema } from './schema/index.ts';
import { validationSkipped } from './lib/renderer-test.ts';

// Only the hostile-content tests skip the schemas (see src/lib/renderer-test.ts): their entries
// then reach the pages as written, typed as if they had passed.
const checked = <T extends z.ZodType>(schema: T): T => (validationSkipped() ? (z.custom<z.infer<T>>() as unknown as T) : schema);

// The id is the file name, exactly: no slugging (which would drop the dot of "apache-2.0") and
// no front-matter `slug` override. The validator enforces the naming rule.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(md|yaml)$/, '');

export const collections = {
  models: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/models', generateId: idFromFileName }),
    schema: checked(modelSchema),
  }),
  licenses: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/licenses', generateId: idFromFileName }),
    schema: checked(licenseSchema),
  }),
  organizations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/organizations', generateId: idFromFileName }),
    schema: checked(organizationSchema),
  }),
};
