// The published JSON Schemas, generated from the zod schemas (never written by hand): one for
// content entries (editors, contributors) and one for each API file.
import { z } from 'astro/zod';
import {
  apiDatasetsSchema,
  apiHfSchema,
  apiLicensesSchema,
  apiModelFileSchema,
  apiModelsSchema,
  datasetSchema,
  licenseSchema,
  modelSchema,
  organizationSchema,
} from '../schema/index.ts';

const SCHEMAS = {
  model: modelSchema,
  license: licenseSchema,
  organization: organizationSchema,
  dataset: datasetSchema,
  'api-models': apiModelsSchema,
  'api-model': apiModelFileSchema,
  'api-licenses': apiLicensesSchema,
  'api-datasets': apiDatasetsSchema,
  'api-hf': apiHfSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

export function jsonSchema(name: SchemaName, id: string): Record<string, unknown> {
  // Entries are written by people (input); API files are what the build outputs (output).
  const io = name.startsWith('api-') ? 'output' : 'input';
  return { $id: id, ...z.toJSONSchema(SCHEMAS[name], { io, unrepresentable: 'any' }) };
}

/** The content schemas as editor files: name → JSON text. */
export function editorSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (['model', 'license', 'organization', 'dataset'] as const).map((name) => {
      const file = `${name}.schema.json`;
      return [file, `${JSON.stringify(jsonSchema(name, file), null, 2)}\n`];
    }),
  );
}
