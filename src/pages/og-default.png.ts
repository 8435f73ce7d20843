import type { APIRoute } from 'astro';
import { ogImage } from '../lib/og-image.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await ogImage({
    title: 'Which open LLM may I use?',
    summary: 'Open large language models compared: what each license allows, derived clause by clause, with a source for every fact.',
  })), { headers: { 'Content-Type': 'image/png' } });
