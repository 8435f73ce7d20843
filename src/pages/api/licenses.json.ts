import type { APIRoute } from 'astro';
import { apiEnvelope, apiLicense, jsonResponse } from '../../lib/api.ts';
import { loadCatalog } from '../../lib/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const ids = [...catalog.licenses.keys()].sort();
  return jsonResponse({ ...apiEnvelope(), licenses: ids.map((id) => apiLicense(catalog, id, site)) });
};
