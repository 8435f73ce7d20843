import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../publish/api.ts';
import { badgePaths } from './_paths.ts';
import type { BadgeContent } from '../../../publish/badge-snippets.ts';
import { shieldsEndpoint } from '../../../publish/badges.ts';

export const getStaticPaths = badgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) => jsonResponse(shieldsEndpoint(props.content));
