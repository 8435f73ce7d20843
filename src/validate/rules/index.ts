// Every rule the validator runs, in the order a contributor meets them: the entry's shape first,
// then its fields, then how it fits with the other entries.
import type { Rule } from '../rule.ts';
import { activeParameters } from './active-parameters.ts';
import { clauseFacts } from './clause-facts.ts';
import { fieldsMap } from './fields-map.ts';
import { hfIds } from './hf-ids.ts';
import { invisibleCharacters } from './invisible-characters.ts';
import { licenseVersions } from './license-versions.ts';
import { lineageCycles } from './lineage-cycles.ts';
import { modalities } from './modalities.ts';
import { placeholders } from './placeholders.ts';
import { prose } from './prose.ts';
import { references } from './references.ts';
import { registration } from './registration.ts';
import { schema } from './schema.ts';
import { sourcedFacts } from './sourced-facts.ts';
import { spdxIdsRule } from './spdx-ids.ts';
import { statedVerdict } from './stated-verdict.ts';
import { variantIds } from './variant-ids.ts';
import { yamlQuirks } from './yaml-quirks.ts';

export const RULES: readonly Rule[] = [
  fieldsMap,
  yamlQuirks,
  schema,
  placeholders,
  invisibleCharacters,
  sourcedFacts,
  activeParameters,
  variantIds,
  clauseFacts,
  prose,
  references,
  licenseVersions,
  spdxIdsRule,
  lineageCycles,
  hfIds,
  registration,
  modalities,
  statedVerdict,
];
