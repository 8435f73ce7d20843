import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/api.ts';
import { badgePaths } from '../../../lib/badge-paths.ts';
import { shieldsEndpoint, type BadgeContent } from '../../../lib/badges.ts';

export const getStaticPaths = badgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) => jsonResponse(shieldsEndpoint(props.content));
