import { defineCollection } from 'astro:content';
import { entryLoader } from './data/loaders.ts';
import { datasetSchema, licenseSchema, modelSchema, organizationSchema } from './schema/index.ts';

export const collections = {
  models: defineCollection({ loader: entryLoader('models'), schema: modelSchema }),
  licenses: defineCollection({ loader: entryLoader('licenses'), schema: licenseSchema }),
  organizations: defineCollection({ loader: entryLoader('organizations'), schema: organizationSchema }),
  datasets: defineCollection({ loader: entryLoader('datasets'), schema: datasetSchema }),
};
