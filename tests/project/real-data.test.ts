// The real data: it passes the validator, and the verdicts the site exists to get right are right.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { deriveModel } from '../../src/derive/model.ts';
import { validateContent } from '../../src/validate/index.ts';
import { formatProblem } from '../../src/validate/report.ts';
import type { Reason } from '../../src/derive/terms.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { problems, catalog } = validateContent(ROOT);
const clauses = (reasons: Reason[]) =>
  reasons.map((reason) => (reason.kind === 'clause' ? reason.term.clause : `weights:${reason.weights}`));

describe('content', () => {
  it('passes the validator', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('holds at least 30 models, including every one the atlas promises', () => {
    assert.ok(catalog.models.size >= 30, `only ${catalog.models.size} models`);
    const required = [
      'llama',
      'llama-2',
      'alpaca',
      'bloom',
      'dolly-v1',
      'dolly-v2',
      'mistral-7b',
      'mixtral-8x7b',
      'gpt-neox-20b',
      'gpt-j-6b',
      'gpt-neo',
      'pythia',
      'falcon',
      'falcon-180b',
      'mpt-7b',
      'vicuna',
      'koala',
      'stablelm',
      'openllama',
      'redpajama-incite',
      'openassistant',
      'opt',
      'gpt-3',
      'gpt-4',
      'chinchilla',
      'bloomberggpt',
    ];
    assert.deepEqual(
      required.filter((id) => !catalog.models.has(id)),
      [],
    );
  });

  const verdict = (id: string) => deriveModel(catalog, id).commercial;

  it('LLaMA is research-only: no', () => {
    assert.deepEqual(clauses(verdict('llama').reasons), ['non_commercial']);
    assert.equal(verdict('llama').verdict, 'no');
  });

  it('Llama 2 is conditional on the 700M-user clause, among others', () => {
    const result = verdict('llama-2');
    assert.equal(result.verdict, 'conditional');
    assert.ok(clauses(result.reasons).includes('user_threshold'));
    assert.equal(catalog.licenses.get('llama-2-community')?.clauses.user_threshold.value, 700_000_000);
  });

  it('Alpaca is no, through its base model and its non-commercial data', () => {
    const result = verdict('alpaca');
    assert.equal(result.verdict, 'no');
    const origins = result.reasons.flatMap((reason) => (reason.kind === 'clause' ? [reason.term.origin.kind] : []));
    assert.ok(origins.includes('base_model') || origins.includes('training_data'));
  });

  it('BLOOM is conditional on its RAIL use restrictions', () => {
    assert.equal(verdict('bloom').verdict, 'conditional');
    assert.ok(clauses(verdict('bloom').reasons).includes('use_restrictions'));
  });

  it('Dolly v1 is no and Dolly v2 is yes', () => {
    assert.equal(verdict('dolly-v1').verdict, 'no');
    assert.equal(verdict('dolly-v2').verdict, 'yes');
  });

  it('Falcon 7B/40B is yes now, after the TII license; Falcon-180B is conditional on hosting', () => {
    assert.equal(verdict('falcon').verdict, 'yes');
    assert.equal(catalog.models.get('falcon')?.license_history?.[0]?.license, 'tii-falcon-llm-1-0');
    assert.equal(verdict('falcon-180b').verdict, 'conditional');
    assert.ok(clauses(verdict('falcon-180b').reasons).includes('hosting_restriction'));
  });

  it('MPT-7B is yes while its Chat variant is no', () => {
    const mpt = deriveModel(catalog, 'mpt-7b');
    assert.equal(mpt.commercial.verdict, 'yes');
    assert.equal(mpt.variants.find((variant) => variant.name === 'MPT-7B-Chat')?.commercial.verdict, 'no');
  });

  it('Vicuna is no, while its v1.5 variant built on Llama 2 is conditional', () => {
    const vicuna = deriveModel(catalog, 'vicuna');
    assert.equal(vicuna.commercial.verdict, 'no');
    assert.equal(vicuna.variants.find((variant) => variant.name === 'Vicuna v1.5')?.commercial.verdict, 'conditional');
  });

  it('closed reference models are never commercially usable', () => {
    for (const id of ['gpt-3', 'gpt-4', 'chinchilla', 'bloomberggpt']) {
      assert.equal(catalog.models.get(id)?.weights, 'not-released', id);
      assert.deepEqual(clauses(verdict(id).reasons), ['weights:not-released'], id);
    }
  });

  it('Apache-2.0 releases without restrictive lineage are yes', () => {
    for (const id of ['mistral-7b', 'mixtral-8x7b', 'gpt-neox-20b', 'gpt-j-6b', 'pythia', 'openllama', 'olmo']) {
      assert.equal(verdict(id).verdict, 'yes', id);
    }
  });
});
