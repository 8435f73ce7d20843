// The benchmark's timings live in bench/RESULTS.md, never here: this only proves `npm run bench`
// works end to end on a small site, and that the synthetic entries it adds are valid content.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeSyntheticContent } from '../../scripts/bench/synthetic.ts';
import { validateContent } from '../../src/validate/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// Above the real catalog's size, so the site measured holds synthetic models too.
const SMALL = 100;

describe('npm run bench', { timeout: 600_000 }, () => {
  it('adds synthetic models that pass the validator, with lineage among them', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
    try {
      cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
      const before = readdirSync(join(root, 'content/models')).length;
      const ids = writeSyntheticContent(join(root, 'content'), 300);
      const { problems, catalog } = validateContent(root);
      assert.deepEqual(problems, []);
      assert.equal(catalog.models.size, before + 300);
      assert.ok(
        ids.some((id) => catalog.models.get(id)?.base_model !== undefined),
        'some synthetic models are fine-tunes',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('measures a small site and writes its results with the budgets marked', () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-bench-out-'));
    try {
      const result = spawnSync(
        process.execPath,
        [
          'scripts/bench.ts',
          '--sizes',
          String(SMALL),
          '--runs',
          '2',
          '--lighthouse-runs',
          '1',
          '--out',
          out,
          '--port',
          '4419',
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
      assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
      const { results, budgets, machine } = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
      const [size] = results;
      assert.equal(size.models, SMALL);
      assert.ok(size.build.astroCold.seconds > 0 && size.build.pagefind.seconds > 0);
      assert.equal(size.build.imagesDrawn, SMALL + 1, 'one Open Graph image per model and the default one');
      assert.ok(size.tablePage.html.gzip > 0 && size.tablePage.html.gzip < size.tablePage.html.raw);
      assert.ok(size.tablePage.js.gzip > 0, 'the table script is found and weighed');
      for (const value of [
        size.browser.firstContentfulPaintMs,
        size.browser.interactions.filter,
        size.browser.interactions.sort,
        size.browser.interactions.showAll,
        size.browser.search.ready,
        size.browser.search.cold,
        size.browser.search.warm,
      ]) {
        assert.ok(value > 0, 'every browser timing was taken');
      }
      assert.deepEqual(
        size.lighthouse.map((scores: { page: string }) => scores.page),
        ['/', '/models/llama-2/', '/use/'],
      );
      assert.ok(size.lighthouse.every((scores: { accessibility: number }) => scores.accessibility > 0));
      assert.ok(budgets.some((budget: { name: string }) => budget.name.startsWith('table page JS')));
      assert.match(machine.cpu, /\d+ ×/);
      const report = readFileSync(join(out, 'RESULTS.md'), 'utf8');
      assert.match(report, /## Budgets: \d+ of \d+ pass/);
      assert.match(report, /\| first contentful paint \(median\) \| \d/);
      assert.match(report, /\| search, typing to first result \(median, warm: a second query\) \| \d/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
