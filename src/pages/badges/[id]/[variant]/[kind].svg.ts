import type { APIRoute } from 'astro';
import { variantBadgePaths } from '../_paths.ts';
import type { BadgeContent } from '../../../../publish/badge-snippets.ts';
import { badgeSvg } from '../../../../publish/badges.ts';

export const getStaticPaths = variantBadgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) =>
  new Response(badgeSvg(props.content), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
