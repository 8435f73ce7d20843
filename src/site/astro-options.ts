// The site's Astro settings apart from its integrations, so a test fixture that builds the site
// without the validator (tests/fixtures/hostile) still gets the same policy, prose guard and
// build options as the real site.
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { contentProseGuard } from './safe-output.ts';

export function siteOptions() {
  return {
    // SITE_URL and BASE_PATH let the same build be hosted at a domain root or under a path
    // (e.g. a GitHub Pages project site at /open-llm-atlas/).
    site: process.env.SITE_URL || 'http://localhost:4321',
    base: process.env.BASE_PATH || '/',
    trailingSlash: 'always',
    markdown: {
      // Contributors' prose is Markdown only: raw HTML, images and non-https links are dropped.
      processor: satteri({ mdastPlugins: [contentProseGuard] }),
      // Plain code blocks: themed highlighting failed contrast checks, and the snippets are short.
      syntaxHighlight: false,
    },
    // Every page carries a Content-Security-Policy (SECURITY.md): only the site's own files and
    // the inline scripts and styles Astro hashed may run; nothing loads from another origin.
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no eval().
    // data: images are Pagefind's icons; an image cannot run a script.
    security: {
      csp: {
        directives: [
          "default-src 'self'",
          "img-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
        ],
        scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      },
    },
    vite: {
      plugins: [tailwindcss()],
      build: {
        // Astro inlines a small script before Vite fills in the preload list of its dynamic
        // import(), which would leave `__VITE_PRELOAD__` undefined at run time (search.ts imports
        // Pagefind by URL); such a script ships as a file instead. Anything else keeps Vite's
        // 4 kB default.
        assetsInlineLimit: (_file: string, content: Buffer) =>
          content.includes('__VITE_PRELOAD__') ? false : undefined,
      },
    },
  } satisfies AstroUserConfig;
}
