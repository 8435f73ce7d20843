// The catalog as the site sees it: Astro's collections, validated by the shared schemas.
import { getCollection } from 'astro:content';
import { makeCatalog, type Catalog } from './catalog.ts';
import { deriveAll, type DerivedModel } from './derive.ts';

let catalogPromise: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  catalogPromise ??= Promise.all([getCollection('models'), getCollection('licenses'), getCollection('organizations')]).then(
    ([models, licenses, organizations]) => makeCatalog({ models, licenses, organizations }),
  );
  return catalogPromise;
}

export async function loadDerivedModels(): Promise<{ catalog: Catalog; models: DerivedModel[] }> {
  const catalog = await loadCatalog();
  return { catalog, models: deriveAll(catalog) };
}
