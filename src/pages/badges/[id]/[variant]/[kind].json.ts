import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../../publish/api.ts';
import { variantBadgePaths } from '../_paths.ts';
import { shieldsEndpoint, type BadgeContent } from '../../../../publish/badges.ts';

export const getStaticPaths = variantBadgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) => jsonResponse(shieldsEndpoint(props.content));
