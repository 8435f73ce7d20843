import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentMark, NAV_SECTIONS } from '../../../src/site/nav.ts';
import { sitePath } from '../../../src/site/urls.ts';

const marks = (path: string) =>
  Object.fromEntries(
    NAV_SECTIONS.flatMap((section) => {
      const mark = currentMark(section, path);
      return mark ? [[section.label, mark]] : [];
    }),
  );

describe('the current section', () => {
  it('is the section whose page this is', () => {
    assert.deepEqual(marks(''), { Models: 'page' });
    assert.deepEqual(marks('use/'), { 'Can I use it?': 'page' });
    assert.deepEqual(marks('about/'), { About: 'page' });
  });

  it('holds the pages inside a section, and none outside every section', () => {
    assert.deepEqual(marks('models/llama-2/'), { Models: 'true' });
    assert.deepEqual(marks('licenses/mit/'), {});
    assert.deepEqual(marks('404.html'), {});
  });

  it('is found from a path under the base path', () => {
    // Unit tests run without Astro, so the base path is the root.
    assert.equal(sitePath('/use/'), 'use/');
    assert.equal(sitePath('/'), '');
  });
});
