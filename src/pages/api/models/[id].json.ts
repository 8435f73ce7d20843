import type { APIRoute, GetStaticPaths } from 'astro';
import { apiEnvelope, apiModel, jsonResponse } from '../../../publish/api.ts';
import { loadDerivedModels } from '../../../site/content.ts';
import type { DerivedModel } from '../../../derive/model.ts';

export const getStaticPaths = (async () => {
  const { models } = await loadDerivedModels();
  return models.map((derived) => ({ params: { id: derived.id }, props: { derived } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ derived: DerivedModel }> = async ({ props, site }) => {
  const { catalog } = await loadDerivedModels();
  return jsonResponse({ ...apiEnvelope(), model: apiModel(catalog, props.derived, site) });
};
