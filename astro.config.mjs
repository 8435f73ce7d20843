// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import validateContent from './src/integrations/validate-content.ts';
import ogImages from './src/integrations/og-images.ts';
import { contentProseGuard } from './src/lib/safe-output.ts';

// SITE_URL and BASE_PATH let the same build be hosted at a domain root or under a path
// (e.g. a GitHub Pages project site at /open-llm-atlas/).
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [validateContent(), ogImages(), mdx(), sitemap()],
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
      // Astro inlines a small script before Vite fills in the preload list of its dynamic import(),
      // which would leave `__VITE_PRELOAD__` undefined at run time (search.ts imports Pagefind by
      // URL); such a script ships as a file instead. Anything else keeps Vite's 4 kB default.
      assetsInlineLimit: (_file, content) => (content.includes('__VITE_PRELOAD__') ? false : undefined),
    },
  },
});
