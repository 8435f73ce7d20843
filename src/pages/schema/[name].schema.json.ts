import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../publish/api.ts';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../../publish/json-schemas.ts';
import { absoluteUrl } from '../../site/urls.ts';

export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as SchemaName;
  return jsonResponse(jsonSchema(name, absoluteUrl(`schema/${name}.schema.json`, site)));
};
