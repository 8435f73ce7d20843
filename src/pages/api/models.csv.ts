import type { APIRoute } from 'astro';
import { apiModel } from '../../publish/api.ts';
import { loadDerivedModels } from '../../site/content.ts';
import { modelsCsv } from '../../publish/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, models } = await loadDerivedModels();
  const body = modelsCsv(models.map((derived) => apiModel(catalog, derived, site)));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
