// Every internal link goes through here so the site works under any base path.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** A page's path without the base path, as href() takes it: '/atlas/use/' → 'use/'. */
export function sitePath(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

export const modelHref = (id: string) => href(`models/${id}/`);
export const licenseHref = (id: string) => href(`licenses/${id}/`);
export const organizationHref = (id: string) => href(`organizations/${id}/`);
/** The id of a model page's commercial-use section, where a verdict's reasons are told in full. */
export const VERDICT_SECTION = 'verdict';
export const modelVerdictHref = (id: string) => `${modelHref(id)}#${VERDICT_SECTION}`;
/** A variant's section on its model's page. */
export const releaseHref = (modelId: string, variantId: string) => `${modelHref(modelId)}#${variantId}`;
export const datasetHref = (id: string) => href(`datasets/${id}/`);

/** An absolute URL on the configured site, for the API and feeds. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').toString();
}
