import type { APIRoute } from 'astro';
import { apiEnvelope, apiModel, jsonResponse } from '../../publish/api.ts';
import { loadDerivedModels } from '../../site/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, models } = await loadDerivedModels();
  return jsonResponse({ ...apiEnvelope(), models: models.map((derived) => apiModel(catalog, derived, site)) });
};
