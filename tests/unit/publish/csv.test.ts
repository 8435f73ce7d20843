import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { ApiModel } from '../../../src/publish/api.ts';
import { CSV_COLUMNS, modelsCsv, neutralizeFormula } from '../../../src/publish/csv.ts';

const record = (overrides: Partial<ApiModel>): ApiModel => ({
  id: 'm',
  name: 'M',
  organization: 'o',
  organization_name: 'O',
  release_date: '2024-01-01',
  summary: 's',
  parameters: [7, 13],
  active_parameters: null,
  architecture: 'decoder-only',
  modalities: ['text'],
  context_length: 4096,
  training_tokens: null,
  license: 'mit',
  license_version: null,
  license_name: 'MIT',
  license_category: 'permissive',
  spdx: 'MIT',
  commercial_use: 'yes',
  terms_unread: false,
  commercial_use_reasons: [],
  allows: {
    commercial: true,
    distillation: true,
    hosting: true,
    redistribution: true,
    scale: true,
    'no-registration': false,
    worldwide: true,
  },
  caveats: [],
  weights: 'open',
  base_model: null,
  training_data: [],
  hf: [],
  verdict_varies: false,
  variants: [],
  openness_score: 0.5,
  mof_class: null,
  sources: {},
  last_verified: '2026-01-01',
  url: 'https://atlas.example/models/m/',
  ...overrides,
});

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("x")', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])
      assert.equal(neutralizeFormula(cell), `'${cell}`);
    assert.equal(neutralizeFormula('Llama 2'), 'Llama 2');
  });

  it('round-trips through a CSV parser, quotes, commas and newlines included', () => {
    const hostile = record({ id: 'x', name: 'Model, "quoted"\nwith a newline', base_model: '=cmd|calc' });
    const rows = parse(modelsCsv([record({}), hostile]), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.parameters, '7;13');
    assert.equal(rows[0]!.training_tokens, '');
    assert.equal(rows[0]!['allows_no-registration'], 'false');
    assert.equal(rows[1]!.name, 'Model, "quoted"\nwith a newline');
    assert.equal(rows[1]!.base_model, "'=cmd|calc");
  });

  it('ends records with CRLF, as RFC 4180 says', () => {
    assert.match(modelsCsv([record({})]), /^id,name,[^\n]*\r\nm,M,/);
  });
});
