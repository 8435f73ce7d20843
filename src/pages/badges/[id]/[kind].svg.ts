import type { APIRoute } from 'astro';
import { badgePaths } from './_paths.ts';
import { badgeSvg, type BadgeContent } from '../../../publish/badges.ts';

export const getStaticPaths = badgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) =>
  new Response(badgeSvg(props.content), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
