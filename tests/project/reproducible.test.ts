// Two builds of the same commit, each in its own copy of the project with its own caches, give
// byte-identical output: pages, API files, badges, images, the search index. The one field allowed
// to differ is the API's generated_at, the build time (pinned by SOURCE_DATE_EPOCH when set).
// One of the builds then gets the dist checks at the root base path.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brokenLinks, listFiles, pagePolicyProblems, unsafeMarkup } from '../support/dist-check.ts';
import { projectCopy, ROOT } from '../support/fixtures.ts';

const SITE = 'https://atlas.example';
const BUILD_DATE = /"generated_at": "[^"]*"/g;

describe('builds of the real content', { timeout: 300_000 }, () => {
  const copies = [projectCopy(ROOT), projectCopy(ROOT)];
  const [first, second] = copies.map((copy) => join(copy.root, 'dist')) as [string, string];

  before(() => {
    for (const copy of copies) {
      // The strict build: it fails on any warning or error Astro logs.
      const { status, output } = copy.run(join(copy.root, 'scripts/build.ts'), [], { SITE_URL: SITE });
      assert.equal(status, 0, output);
    }
  });
  after(() => copies.forEach((copy) => copy.remove()));

  it('are byte-identical apart from the build date', () => {
    const files = listFiles(first);
    assert.deepEqual(listFiles(second), files);
    assert.ok(files.length > 300, `${files.length} files`);
    const differing = files.filter((file) => {
      const [a, b] = [readFileSync(join(first, file)), readFileSync(join(second, file))];
      if (a.equals(b)) return false;
      return (
        !file.endsWith('.json') ||
        a.toString('utf8').replace(BUILD_DATE, '') !== b.toString('utf8').replace(BUILD_DATE, '')
      );
    });
    assert.deepEqual(differing, []);
  });

  it('resolve every internal link, asset and anchor at the root base path', () => {
    assert.deepEqual(brokenLinks(first, { base: '/', site: SITE }), []);
  });

  it('have no unsafe markup and the Content-Security-Policy on every page', () => {
    assert.deepEqual(unsafeMarkup(first), []);
    assert.deepEqual(pagePolicyProblems(first), []);
  });
});
