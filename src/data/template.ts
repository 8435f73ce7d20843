// The text of a new model entry: every required field present, `unknown` for facts not given,
// and TODO placeholders that the validator rejects until a contributor replaces them.
export interface NewModel {
  id: string;
  name: string;
  organization: string;
  license: string;
  /** Today, as the entry's last_verified date. */
  today: string;
}

export const PLACEHOLDER = 'TODO';

/** Whether a value is still the template's placeholder. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER);
}

export function modelTemplate({ name, organization, license, today }: NewModel): string {
  const todo = (what: string) => JSON.stringify(`${PLACEHOLDER}: ${what}`);
  const source = todo('https URL of the page that states this');
  const component = (what: string) =>
    `{ level: unknown }   # open | partial | closed, with source: https://… (${what})`;
  return `---
# Every fact needs a source below; a fact no source confirms stays \`unknown\`. See CONTRIBUTING.md.
name: ${JSON.stringify(name)}
organization: ${organization}
release_date: ${todo('first public release, quoted, "YYYY-MM-DD" or "YYYY-MM"')}
summary: ${todo('one sentence saying what the model is')}
parameters: unknown          # sizes released, in billions, e.g. [7, 13, 70]
architecture: unknown        # decoder-only | encoder-decoder | encoder-only | mixture-of-experts
context_length: unknown      # tokens, e.g. 4096
training_tokens: unknown     # pretraining tokens as a count, e.g. 2000000000000
# active_parameters: [13]   # mixture-of-experts only: active parameters per size, in billions
# base_model: some-model     # the id of the model this one was fine-tuned from, if any
# fine_tuning: [sft]         # sft | rlhf | dpo | instruction-tuning | chat | continued-pretraining | distillation | other
# training_data: [the-pile]  # dataset ids in content/datasets/ (add a dataset first: npm run new-dataset)
# variants:                  # named sizes or versions with facts or terms of their own
#   - id: my-model-chat      # unique in the model
#     name: "My Model Chat"
#     license: cc-by-nc-4.0
#     sources:
#       license: https://…
# hf: [owner/name]           # Hugging Face repository ids of the weights
# license_history:           # earlier licenses, oldest first
#   - license: some-license
#     until: "2024-01-05"
#     source: https://…
# commercial_use: "yes"      # only if the publisher states it; must match the derived verdict
license: ${license}
weights: ${todo('open | gated | on-request | leaked | not-released')}
openness:
  weights: ${component('the weights')}
  inference_code: ${component('code to run it')}
  training_code: ${component('code to train it')}
  training_data: ${component('the data itself')}
  data_documentation: ${component('a datasheet or description of the data')}
  paper: ${component('paper or technical report')}
  model_card: ${component('the model card')}
  evaluation: ${component('published evaluation results')}
links:
  model_card: ${source}
sources:
  release_date: ${source}
  license: ${source}
  weights: ${source}
  # training_data: https://…   # needed when training_data is set
last_verified: "${today}"
---

${PLACEHOLDER}: two to four short paragraphs in your own words: what ${name} is, how it was trained, and
what its terms mean in practice. Markdown only; links must be https.
`;
}

export interface NewDataset {
  id: string;
  name: string;
  /** A license id, or unknown. */
  license: string;
  today: string;
}

/** The text of a new dataset entry, with TODO placeholders the validator rejects until filled. */
export function datasetTemplate({ name, license, today }: NewDataset): string {
  const todo = (what: string) => JSON.stringify(`${PLACEHOLDER}: ${what}`);
  const source = todo('https URL of the page that states this');
  return `# Every fact needs a source below; see CONTRIBUTING.md, "Add a dataset".
name: ${JSON.stringify(name)}
url: ${todo('https URL of a page describing the dataset')}
summary: ${todo('one plain sentence on what the dataset is')}
license: ${license}            # the data's own license id, or unknown
binding: ${todo("true | false | unknown: does the data's own license bind models trained on it?")}
binding_reason: ${todo('why, in plain words, from the sources')}
# derived_from: [other-dataset]   # datasets it copies, cleans or mixes: their terms stay with it
# generated_by:                   # when the data is model output
#   - name: "OpenAI GPT-4"
#     terms: openai-terms-of-use   # a closed service's terms, or model: <id> for a model in the atlas
sources:
  license: ${source}
  binding: ${source}
last_verified: "${today}"
`;
}
