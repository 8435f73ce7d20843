import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDerivedModels } from '../../site/content.ts';
import { modelCard, ogImage, type OgCard } from '../../publish/og-image.ts';

export const getStaticPaths = (async () => {
  const { catalog, models } = await loadDerivedModels();
  return models.map((derived) => ({ params: { id: derived.id }, props: { card: modelCard(catalog, derived) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
