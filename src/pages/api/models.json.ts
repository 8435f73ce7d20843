import type { APIRoute } from 'astro';
import { apiModel } from '../../lib/api.ts';
import { loadDerivedModels } from '../../lib/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, models } = await loadDerivedModels();
  const body = { models: models.map((derived) => apiModel(catalog, derived, site)) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
