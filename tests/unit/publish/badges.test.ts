import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { badgeContent, badgeSvg, shieldsEndpoint } from '../../../src/publish/badges.ts';
import { deriveAll } from '../../../src/derive/model.ts';
import { CLAUSE_NAMES } from '../../../src/schema/index.ts';
import { catalog, license, model } from '../../support/builders.ts';
import { svgProblems, svgTitle } from '../../support/svg-safety.ts';

describe('badges', () => {
  it('draw a small, accessible SVG', () => {
    const svg = badgeSvg({ label: 'commercial use', message: 'conditional', color: '#9a6700' });
    assert.deepEqual(svgProblems(svg), []);
    assert.ok(svg.length < 1000, `${svg.length} bytes`);
    assert.match(svg, /<title>commercial use: conditional<\/title>/);
  });

  it('escape any text so it cannot break or inject into the SVG', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '" onload="alert(1)',
      "'><foreignObject>",
      '&amp; &lt; ]]>',
      'x" href="https://evil.example',
    ];
    for (const text of hostile) {
      const svg = badgeSvg({ label: text, message: text, color: '#1a7f37' });
      assert.deepEqual(svgProblems(svg), [], text);
      assert.equal(svgTitle(svg), `${text}: ${text}`, 'the text survives, as text');
    }
    // Labels and messages are never empty here (they come from required fields).
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(text, text, (label, message) => {
        assert.deepEqual(svgProblems(badgeSvg({ label, message, color: '#cf222e' })), []);
      }),
      { numRuns: 200 },
    );
  });

  it('write shields.io endpoint JSON', () => {
    assert.deepEqual(shieldsEndpoint({ label: 'license', message: 'Apache-2.0', color: '#1a7f37' }), {
      schemaVersion: 1,
      label: 'license',
      message: 'Apache-2.0',
      color: '1a7f37',
    });
  });
});

describe('the commercial-use badge (badgeContent)', () => {
  const unread = license(Object.fromEntries(CLAUSE_NAMES.map((name) => [name, 'unknown' as const])));
  const c = catalog(
    {
      plain: model(),
      hidden: model({ license: 'unread' }),
      split: model({ variants: [{ id: 'big', name: 'Big', license: 'unread', sources: {} }] }),
    },
    { unread },
  );
  const derived = new Map(deriveAll(c).map((entry) => [entry.id, entry]));
  const message = (id: string, variant?: string) => {
    const model = derived.get(id)!;
    const release = variant ? model.variants.find((found) => found.variant?.id === variant) : undefined;
    return badgeContent(c, model, 'commercial', release).message;
  };

  it('gives the verdict, says when the terms were unread, and names the split when variants differ', () => {
    assert.equal(message('plain'), 'yes');
    assert.equal(message('hidden'), 'conditional (terms unread)');
    assert.equal(message('split'), 'varies: yes, conditional (terms unread)');
    assert.equal(message('split', 'big'), 'conditional (terms unread)');
  });
});
