// The whole data set, keyed by id. Built from Astro collections at build time and from the
// files directly by the validator, so both derive the same facts.
import type { License, Model, Organization } from '../schema/index.ts';

export interface Catalog {
  models: ReadonlyMap<string, Model>;
  licenses: ReadonlyMap<string, License>;
  organizations: ReadonlyMap<string, Organization>;
}

export function makeCatalog(entries: {
  models: Iterable<{ id: string; data: Model }>;
  licenses: Iterable<{ id: string; data: License }>;
  organizations: Iterable<{ id: string; data: Organization }>;
}): Catalog {
  const byId = <T>(items: Iterable<{ id: string; data: T }>) => new Map([...items].map((item) => [item.id, item.data]));
  return {
    models: byId(entries.models),
    licenses: byId(entries.licenses),
    organizations: byId(entries.organizations),
  };
}
