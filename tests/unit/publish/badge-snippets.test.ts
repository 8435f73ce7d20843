import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badgeSnippets, baseModelCaption } from '../../../src/publish/badge-snippets.ts';

describe('badge snippets', () => {
  it('give snippets with absolute URLs on the configured site, escaped for each format', () => {
    const snippets = badgeSnippets(
      'llama-2',
      'Llama "2" <x>',
      'commercial',
      { label: 'commercial use', message: 'conditional', color: '#9a6700' },
      new URL('https://atlas.example/base/'),
    );
    assert.equal(snippets.svgUrl, 'https://atlas.example/badges/llama-2/commercial.svg');
    assert.equal(
      snippets.markdown,
      '[![Llama "2" <x> commercial use: conditional](https://atlas.example/badges/llama-2/commercial.svg)](https://atlas.example/models/llama-2/)',
    );
    assert.equal(
      snippets.html,
      '<a href="https://atlas.example/models/llama-2/"><img src="https://atlas.example/badges/llama-2/commercial.svg" alt="Llama &quot;2&quot; &lt;x&gt; commercial use: conditional"></a>',
    );
    assert.equal(
      snippets.shields,
      'https://img.shields.io/endpoint?url=https%3A%2F%2Fatlas.example%2Fbadges%2Fllama-2%2Fcommercial.json',
    );
  });

  it("point a variant's snippets at its own badge and its section of the model page", () => {
    const snippets = badgeSnippets(
      'qwen2/qwen2-72b',
      'Qwen2-72B',
      'license',
      { label: 'license', message: 'Qwen', color: '#9a6700' },
      new URL('https://atlas.example/'),
    );
    assert.equal(snippets.imageHref, '/badges/qwen2/qwen2-72b/license.svg');
    assert.equal(snippets.pageHref, '/models/qwen2/#qwen2-72b');
    assert.equal(
      snippets.markdown,
      '[![Qwen2-72B license: Qwen](https://atlas.example/badges/qwen2/qwen2-72b/license.svg)](https://atlas.example/models/qwen2/#qwen2-72b)',
    );
  });

  it("caption a base model's badges as its own, never the fine-tune's", () => {
    assert.equal(
      baseModelCaption('llama-2', 'Llama [2]', new URL('https://atlas.example/')),
      "Base model: [Llama \\[2\\]](https://atlas.example/models/llama-2/). These badges show its terms, not this model's own.",
    );
  });
});
