// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import validateContent from './src/integrations/validate-content.ts';
import ogImages from './src/integrations/og-images.ts';

// SITE_URL and BASE_PATH let the same build be hosted at a domain root or under a path
// (e.g. a GitHub Pages project site at /open-llm-atlas/).
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  integrations: [validateContent(), ogImages(), mdx(), sitemap()],
  // Plain code blocks: themed highlighting failed contrast checks, and the snippets are short.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
