// Every word the site shows for a value of the data model: verdicts, uses, weights, license
// categories, clauses, openness components, the table's columns and filters. Pages, badges,
// images, the API's reasons and the browser scripts all read them here. No zod: browser scripts
// import this module.
import type { ClauseName } from '../schema/license.ts';
import type { OpennessComponent } from '../schema/model.ts';
import type {
  Architecture,
  FineTuningMethod,
  LicenseCategory,
  Modality,
  OpennessLevel,
  Use,
  Verdict,
  WeightsAccess,
} from '../schema/vocabulary.ts';
import type { ListFilter, SortKey } from './table-state.ts';

/** What the verdict answers, as a heading or a label before it. */
export const VERDICT_NAME = 'Commercial use';

export const VERDICT_LABELS: Record<Verdict, string> = {
  yes: 'Yes',
  conditional: 'Conditional',
  no: 'No',
};

/**
 * Whether a release's terms permit a use, in one word each: "blocked" rather than "not allowed",
 * so no cut of the text (a search excerpt, say) can read "allowed" where the terms block a use.
 */
export const USE_STATUS = { allowed: 'allowed', blocked: 'blocked' } as const;

/**
 * A use a reader can check a model's terms for: its short label, and what it covers. A use is
 * "permitted" when no clause forbids it, even if other conditions apply: it is not the verdict.
 */
export const USE_LABELS: Record<Use, { label: string; question: string }> = {
  commercial: {
    label: 'Commercial use',
    question: 'Use it in a product or service you earn from (conditions may still apply: the verdict weighs them).',
  },
  distillation: { label: 'Distillation', question: 'Train other models on its outputs.' },
  hosting: {
    label: 'Hosting',
    question: 'Run it for others as a service (an API, a chat site), without a license of its own for that.',
  },
  redistribution: {
    label: 'Redistribution',
    question: 'Publish the weights or a modified model under terms you choose.',
  },
  scale: { label: 'No user or revenue cap', question: 'Grow without a user or revenue threshold.' },
  'no-registration': {
    label: 'No registration',
    question: 'Get the weights without registering, applying or accepting terms.',
  },
  worldwide: {
    label: 'Every region',
    question: 'Use it wherever you are based: no region is left out of the license.',
  },
};

export const WEIGHTS_LABELS: Record<WeightsAccess, string> = {
  open: 'Open',
  gated: 'Gated',
  'on-request': 'On request',
  leaked: 'Leaked',
  'not-released': 'Not released',
};

/** The weights' access as a reason, in lower case. */
export const WEIGHTS_PHRASES: Record<WeightsAccess, string> = {
  open: 'weights can be downloaded without a gate',
  gated: 'weights are gated: accept terms on the hub to download',
  'on-request': 'weights are given only on request',
  leaked: 'weights were never officially released',
  'not-released': 'weights are not released',
};

/** License categories, as the filters, the license map and license pages name them. */
export const CATEGORY_LABELS: Record<LicenseCategory, string> = {
  permissive: 'Permissive',
  copyleft: 'Copyleft',
  'open-rail': 'OpenRAIL',
  community: 'Community',
  'non-commercial': 'Non-commercial',
  proprietary: 'Proprietary',
};

/** A clause as a reason or a license page's row, in lower case. */
export const CLAUSE_PHRASES: Record<ClauseName, string> = {
  non_commercial: 'non-commercial use only',
  user_threshold: 'a separate license is needed above a user threshold',
  revenue_threshold: 'free commercial use only below a revenue threshold',
  royalty: 'royalties are due for some commercial use',
  use_restrictions: 'a list of forbidden uses binds every user',
  output_training_ban: 'outputs may not be used to train other models',
  hosting_restriction: 'offering it as a hosted service needs another license',
  registration_required: 'you must register or apply to get the weights',
  naming_requirement: 'derivatives must follow a naming rule',
  hosted_service: 'offering it as a service has conditions of its own',
  threshold_duty: 'a duty applies above a number of users or an amount of revenue',
  territorial_exclusion: 'the license grants nothing in some regions',
  remote_restriction: 'the licensor may restrict use remotely',
  terms_change: 'the licensor may change the terms after you accept them',
  termination_trigger: 'rights end automatically on some acts of use',
  attribution: 'credit the licensor and keep notices',
  share_alike: 'derivatives must use the same license',
  derivatives_inherit: 'fine-tunes stay bound by these terms',
};

/** A verdict in words; one resting on a license nobody could read says so. */
export const verdictText = (verdict: Verdict, unread = false) =>
  unread ? `${VERDICT_LABELS[verdict]} (terms unread)` : VERDICT_LABELS[verdict];

export const ARCHITECTURE_LABELS: Record<Architecture, string> = {
  'decoder-only': 'Decoder-only',
  'encoder-decoder': 'Encoder-decoder',
  'encoder-only': 'Encoder-only',
  'mixture-of-experts': 'Mixture of experts',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  text: 'Text',
  image: 'Images',
  audio: 'Audio',
  video: 'Video',
};

export const FINE_TUNING_LABELS: Record<FineTuningMethod, string> = {
  sft: 'Supervised fine-tuning',
  rlhf: 'RLHF',
  dpo: 'DPO',
  'instruction-tuning': 'Instruction tuning',
  chat: 'Chat tuning',
  'continued-pretraining': 'Continued pretraining',
  distillation: 'Distillation',
  other: 'Other',
};

/** A model that meets no class of the Model Openness Framework, in words rather than "none". */
export const NO_MOF_CLASS = 'not reached';

/** Whether a license contains a clause, on its page. */
export const APPLIES_LABELS = { true: 'Yes', false: 'No', unknown: 'Unconfirmed' } as const;

export const OPENNESS_LEVEL_LABELS: Record<OpennessLevel, string> = {
  open: 'Open',
  partial: 'Partial',
  closed: 'Closed',
  unknown: 'Unknown',
};

export const OPENNESS_LABELS: Record<OpennessComponent | 'license', string> = {
  weights: 'Weights',
  inference_code: 'Inference code',
  training_code: 'Training code',
  training_data: 'Training data',
  data_documentation: 'Data documentation',
  paper: 'Paper or technical report',
  model_card: 'Model card',
  evaluation: 'Evaluation results',
  license: 'License (derived from the license entry)',
};

/** The table's columns, in order: one per sort key. */
export const COLUMN_LABELS: Record<SortKey, string> = {
  name: 'Model',
  organization: 'Organization',
  parameters: 'Parameters',
  release_date: 'Released',
  license: 'License',
  commercial_use: VERDICT_NAME,
  weights: 'Weights',
  openness: 'Openness',
  context_length: 'Context',
};

/** The table's list filters. */
export const FILTER_LABELS: Record<ListFilter, string> = {
  commercial: `${VERDICT_NAME} verdict`,
  license: 'License',
  category: 'License category',
  org: 'Organization',
  weights: 'Weights',
  allows: 'Uses the terms permit',
};

/** What the verdict and the permitted uses each say, where they stand side by side. */
export const VERDICT_AND_USES =
  'The verdict weighs every condition of the terms; a use is permitted when no clause forbids it, conditions or not.';

/** Whether a dataset's own license reaches models trained on it: short, for lists. */
export const BINDING_LABELS = {
  true: 'binds models trained on it',
  false: 'does not bind',
  unknown: 'binding not settled',
} as const;

/** The same, in full, on the dataset's page. */
export const BINDING_TEXT = {
  true: 'Its license binds models trained on it: the clauses that govern what is made from the data (non-commercial use, forbidden uses, share-alike and the like) reach them.',
  false: 'Its license does not bind models trained on it.',
  unknown:
    'Whether its license binds models trained on it is not settled, so its clauses count as unconfirmed: they make a verdict more careful, never more permissive.',
} as const;

/** The same, beside a dataset in a model's training data. */
export const BINDING_FOR_MODEL = {
  true: 'its terms bind the model',
  false: 'its terms do not bind the model',
  unknown: 'whether its terms bind the model is not settled',
} as const;

/** The key of a dataset's `binding` in the tables above. */
export const bindingKey = (binding: boolean | 'unknown') => String(binding) as keyof typeof BINDING_LABELS;
