import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDerivedModels } from '../../lib/content.ts';
import { ogImage, type OgCard } from '../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const { catalog, models } = await loadDerivedModels();
  return models.map(({ id, model, commercial, openness }) => {
    const card: OgCard = {
      title: model.name,
      summary: model.summary,
      terms: {
        verdict: commercial.verdict,
        license: catalog.licenses.get(model.license)?.name ?? model.license,
        openness: openness.score.toFixed(2),
      },
    };
    return { params: { id }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await ogImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
