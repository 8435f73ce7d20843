// The whole data set, keyed by id. Built from Astro collections at build time and from the
// files directly by the validator, so both derive the same facts.
import type { Dataset, License, Model, Organization } from '../schema/index.ts';

export interface Catalog {
  models: ReadonlyMap<string, Model>;
  licenses: ReadonlyMap<string, License>;
  organizations: ReadonlyMap<string, Organization>;
  datasets: ReadonlyMap<string, Dataset>;
}

type Entries<T> = Iterable<{ id: string; data: T }>;

export function makeCatalog(entries: {
  models: Entries<Model>;
  licenses: Entries<License>;
  organizations: Entries<Organization>;
  datasets: Entries<Dataset>;
}): Catalog {
  const byId = <T>(items: Entries<T>) => new Map([...items].map((item) => [item.id, item.data]));
  return {
    models: byId(entries.models),
    licenses: byId(entries.licenses),
    organizations: byId(entries.organizations),
    datasets: byId(entries.datasets),
  };
}
