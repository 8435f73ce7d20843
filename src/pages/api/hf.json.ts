import type { APIRoute } from 'astro';
import { apiEnvelope, apiHfRepositories, jsonResponse } from '../../publish/api.ts';
import { loadDerivedModels } from '../../site/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, models } = await loadDerivedModels();
  return jsonResponse({ ...apiEnvelope(), repositories: apiHfRepositories(catalog, models, site) });
};
