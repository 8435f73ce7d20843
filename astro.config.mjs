// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import validateContent from './src/integrations/validate-content.ts';
import ogImages from './src/integrations/og-images.ts';
import { siteOptions } from './src/site/astro-options.ts';

// Site URL, base path, content policy and Markdown settings: src/site/astro-options.ts.
// The validator runs first and stops the build on any content problem.
export default defineConfig({
  ...siteOptions(),
  integrations: [validateContent(), ogImages(), mdx(), sitemap()],
});
