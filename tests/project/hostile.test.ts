// The renderer on its own against hostile content: the fixture in tests/fixtures/hostile carries a
// configuration without the validator and the schemas, so only escaping, the link and prose
// guards and the Content-Security-Policy stand between its payloads and a visitor (SECURITY.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { brokenLinks, listFiles, pagePolicyProblems, unsafeMarkup } from '../support/dist-check.ts';
import { ASTRO, HOSTILE_FIXTURE, PAGEFIND, projectCopy } from '../support/fixtures.ts';

const SITE = 'https://atlas.example';

describe('hostile content, built without the validator', { timeout: 180_000 }, () => {
  const project = projectCopy(HOSTILE_FIXTURE);
  const dist = join(project.root, 'dist');

  before(() => {
    const build = project.run(ASTRO, ['build'], { SITE_URL: SITE });
    assert.equal(build.status, 0, build.output);
    const index = project.run(PAGEFIND, ['--site', 'dist']);
    assert.equal(index.status, 0, index.output);
  });
  after(() => project.remove());

  it('builds a page for every hostile entry', () => {
    const files = listFiles(dist);
    for (const page of [
      'models/hostile-model/index.html',
      'models/formula-model/index.html',
      'licenses/hostile-license/index.html',
      'organizations/hostile-lab/index.html',
    ]) {
      assert.ok(files.includes(page), page);
    }
  });

  it('leaves no event handler, javascript: or data: URL, unhashed inline script or broken markup in any page or SVG', () => {
    assert.deepEqual(unsafeMarkup(dist), []);
  });

  it('gives every page the Content-Security-Policy', () => {
    assert.deepEqual(pagePolicyProblems(dist), []);
  });

  it('keeps every internal link, asset and anchor resolvable', () => {
    assert.deepEqual(brokenLinks(dist, { base: '/', site: SITE }), []);
  });

  it('drops the raw HTML, images and unsafe links of the prose and keeps its safe link', () => {
    const page = readFileSync(join(dist, 'models/hostile-model/index.html'), 'utf8');
    const start = page.indexOf('id="about-model"');
    const prose = page.slice(start, page.indexOf('</section>', start));
    assert.doesNotMatch(prose, /<(script|img|iframe|style|b)\b/);
    assert.doesNotMatch(prose, /evil\.example/);
    assert.match(prose, /<a href="https:\/\/example\.org\/ok">https link<\/a>/);
  });

  it('writes badges whose text is the escaped hostile value', () => {
    const badge = readFileSync(join(dist, 'badges/hostile-model/license.svg'), 'utf8');
    assert.match(
      badge,
      /&quot;&gt;&lt;svg onload=alert\(&apos;spdx&apos;\)&gt;|&quot;&gt;&lt;svg onload=alert\(&#39;spdx&#39;\)&gt;/,
    );
  });

  it('neutralizes formula prefixes in every CSV cell', () => {
    const rows = parseCsv(readFileSync(join(dist, 'api/models.csv'), 'utf8')) as string[][];
    const cells = rows.flat();
    assert.ok(
      cells.some((cell) => cell.startsWith(`'=HYPERLINK`)),
      'the formula name is there, neutralized',
    );
    assert.deepEqual(
      cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)),
      [],
    );
  });

  it('serves the hostile strings in the API as plain JSON strings', () => {
    const { models } = JSON.parse(readFileSync(join(dist, 'api/models.json'), 'utf8')) as {
      models: { name: string }[];
    };
    assert.ok(models.some((model) => model.name.startsWith(`</script><script>alert('name')</script>`)));
  });
});
