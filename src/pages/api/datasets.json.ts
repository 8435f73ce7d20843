import type { APIRoute } from 'astro';
import { apiDataset, apiEnvelope, jsonResponse } from '../../publish/api.ts';
import { loadDerivedModels } from '../../site/content.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, models } = await loadDerivedModels();
  const ids = [...catalog.datasets.keys()].sort();
  return jsonResponse({ ...apiEnvelope(), datasets: ids.map((id) => apiDataset(catalog, models, id, site)) });
};
