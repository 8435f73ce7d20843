import type { APIRoute } from 'astro';
import { ogImage, SITE_CARD } from '../publish/og-image.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await ogImage(SITE_CARD)), { headers: { 'Content-Type': 'image/png' } });
