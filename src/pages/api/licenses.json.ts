import type { APIRoute } from 'astro';
import { apiEnvelope, apiLicense, jsonResponse } from '../../publish/api.ts';
import { loadCatalog } from '../../site/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const ids = [...catalog.licenses.keys()].sort();
  return jsonResponse({ ...apiEnvelope(), licenses: ids.map((id) => apiLicense(catalog, id, site)) });
};
