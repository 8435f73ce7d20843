// The catalog as the site sees it: Astro's collections, validated by the shared schemas, and
// every model's derived facts, computed once per build and shared by all pages.
import { getCollection } from 'astro:content';
import { makeCatalog, type Catalog } from '../data/catalog.ts';
import { deriveAll, type DerivedModel } from '../derive/model.ts';

let catalogPromise: Promise<Catalog> | undefined;
let derivedPromise: Promise<DerivedData> | undefined;

export interface DerivedData {
  catalog: Catalog;
  /** Newest release first. */
  models: DerivedModel[];
  byId: ReadonlyMap<string, DerivedModel>;
}

export function loadCatalog(): Promise<Catalog> {
  catalogPromise ??= Promise.all([
    getCollection('models'),
    getCollection('licenses'),
    getCollection('organizations'),
    getCollection('datasets'),
  ]).then(([models, licenses, organizations, datasets]) => makeCatalog({ models, licenses, organizations, datasets }));
  return catalogPromise;
}

export function loadDerivedModels(): Promise<DerivedData> {
  derivedPromise ??= loadCatalog().then((catalog) => {
    const models = deriveAll(catalog);
    return { catalog, models, byId: new Map(models.map((derived) => [derived.id, derived])) };
  });
  return derivedPromise;
}
