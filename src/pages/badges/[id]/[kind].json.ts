import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../publish/api.ts';
import { badgePaths } from './_paths.ts';
import { shieldsEndpoint, type BadgeContent } from '../../../publish/badges.ts';

export const getStaticPaths = badgePaths;

export const GET: APIRoute<{ content: BadgeContent }> = ({ props }) => jsonResponse(shieldsEndpoint(props.content));
