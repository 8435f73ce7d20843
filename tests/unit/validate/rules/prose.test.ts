// The prose rule (src/validate/rules/prose.ts): each case with the exact lines a contributor reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE, problemsAfter, type RuleCase } from '../../../support/validator.ts';

const CASES: RuleCase[] = [
  {
    what: 'raw HTML and javascript: links in the prose',
    setup: (f) =>
      f.edit(
        BASE,
        (t) =>
          `${t}\n<script>alert(1)</script>\n\n<iframe src="https://example.org"></iframe>\n\n<style>body{}</style>\n\nText <img src=x onerror="alert(1)"> and [a link](javascript:alert(1)).\n`,
      ),
    expected: [
      `${BASE} › body: raw HTML is not allowed (<script>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
      `${BASE} › body: raw HTML is not allowed (<iframe>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
      `${BASE} › body: raw HTML is not allowed (<style>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
      `${BASE} › body: raw HTML is not allowed (<img>) — write Markdown instead; HTML tags, scripts, iframes, styles and on* attributes are never rendered`,
      `${BASE} › body: link "javascript:alert(1)" is not an https URL — links must be absolute https:// URLs (javascript: and data: are never accepted)`,
    ],
  },
];

describe('rule prose', () => {
  for (const { what, setup, expected } of CASES) {
    it(`reports: ${what}`, () => {
      assert.deepEqual(problemsAfter(setup), expected);
    });
  }
});
