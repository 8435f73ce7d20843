// A release is one set of weights under one set of terms: a model's main weights, or one of its
// variants. A variant states what sets it apart and takes everything else from its model; its
// training data comes on top of the model's. Terms, verdicts and the table's filters all work on
// releases, named by a ref: "qwen2" for the main weights, "qwen2/qwen2-72b" for a variant.
import type { License, Modality, Model, WeightsAccess } from '../schema/index.ts';
import type { Catalog } from '../data/catalog.ts';

export type Variant = NonNullable<Model['variants']>[number];
type LicenseChange = NonNullable<Model['license_history']>[number];
type DataRef = NonNullable<Model['training_data']>[number];

export interface Release {
  ref: string;
  modelId: string;
  /** Absent for the main weights. */
  variant?: Variant;
  name: string;
  license: string;
  licenseHistory: readonly LicenseChange[];
  weights: WeightsAccess;
  /** A model or variant ref. */
  baseModel?: string;
  /** Dataset ids with how this release used them: the model's, then the variant's. */
  trainingData: readonly { dataset: string; note?: string }[];
  parameters: readonly number[] | 'unknown';
  /** What it takes as input; text only when its entry does not say. */
  modalities: readonly Modality[];
  activeParameters?: readonly number[];
  releaseDate: string;
  /** The version of its license in effect when that license began to apply (its release, or its last license change). */
  licenseVersion?: string;
  hf: readonly string[];
}

/**
 * The version of a license in effect on a date: the last to take effect on or before it. None
 * when the license lists no versions, the date comes before them all, or a date known only to
 * the month shares its month with a version's start.
 */
export function versionAt(license: License | undefined, date: string): string | undefined {
  let found: string | undefined;
  for (const version of license?.versions ?? []) {
    if (date.length === 7 && version.effective.startsWith(date)) return undefined;
    if (version.effective <= date) found = version.id;
  }
  return found;
}

/** The model part and the variant part of a ref. */
export function splitRef(ref: string): { modelId: string; variantId?: string } {
  const [modelId = '', variantId] = ref.split('/');
  return { modelId, variantId };
}

export const releaseRef = (modelId: string, variantId?: string) => (variantId ? `${modelId}/${variantId}` : modelId);

function dataRefs(refs: readonly DataRef[] | undefined): { dataset: string; note?: string }[] {
  return (refs ?? []).map((ref) => (typeof ref === 'string' ? { dataset: ref } : ref));
}

/** The main weights of a model, or one variant with the model's facts beneath its own. */
export function release(catalog: Catalog, ref: string): Release | undefined {
  const { modelId, variantId } = splitRef(ref);
  const model = catalog.models.get(modelId);
  if (!model) return undefined;
  const variant = variantId === undefined ? undefined : model.variants?.find((candidate) => candidate.id === variantId);
  if (variantId !== undefined && !variant) return undefined;
  const license = variant?.license ?? model.license;
  const releaseDate = variant?.release_date ?? model.release_date;
  const licenseHistory = variant?.license_history ?? (variant?.license ? [] : (model.license_history ?? []));
  return {
    ref,
    modelId,
    variant,
    name: variant?.name ?? model.name,
    license,
    licenseHistory,
    weights: variant?.weights ?? model.weights,
    baseModel: variant?.base_model ?? model.base_model,
    trainingData: [...dataRefs(model.training_data), ...dataRefs(variant?.training_data)],
    parameters: variant?.parameters ?? model.parameters,
    modalities: variant?.modalities ?? model.modalities ?? ['text'],
    activeParameters: variant?.active_parameters ?? (variant?.parameters ? undefined : model.active_parameters),
    releaseDate,
    licenseVersion: versionAt(catalog.licenses.get(license), licenseHistory.at(-1)?.until ?? releaseDate),
    hf: variant?.hf ?? (variant ? [] : (model.hf ?? [])),
  };
}

/** Whether a release takes more than text: a clause limited to multimodal models binds it. */
export const isMultimodal = (found: Release) => found.modalities.some((modality) => modality !== 'text');

/** A model's main weights and then each of its variants. */
export function releasesOf(catalog: Catalog, modelId: string): Release[] {
  const model = catalog.models.get(modelId);
  if (!model) return [];
  return [modelId, ...(model.variants ?? []).map((variant) => releaseRef(modelId, variant.id))]
    .map((ref) => release(catalog, ref))
    .filter((found): found is Release => found !== undefined);
}
