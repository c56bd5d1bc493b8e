// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_BASE_PATH, DEFAULT_SITE_URL } from './src/site.ts';
import { chartKindChunks } from './src/charts/client/kind-chunks.ts';
import { inlineEmbedModule } from './src/charts/client/inline-embed-module.ts';
import { readFileSync } from 'node:fs';
import { assertColoursCssCurrent } from './src/styles/colours.ts';
import { LOCALES } from './src/i18n/locales.ts';

// The pages' colours.css must be what colours.json gives: checked once, before
// any build or dev server starts.
try {
  assertColoursCssCurrent(readFileSync(new URL('./src/styles/colours.css', import.meta.url), 'utf8'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// Every absolute URL (canonical links, sitemap, RSS, social images, embed
// snippets) is built from these two variables, so the same tree can be hosted
// at any origin and under any path.
const site = (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
const rawBase = process.env.BASE_PATH || DEFAULT_BASE_PATH;
const base = ('/' + rawBase.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inside the project, not node_modules: test builds in temporary copies share
  // node_modules by symlink and must not share a content cache.
  cacheDir: './.astro/cache',
  build: {
    format: 'directory',
    // Stylesheets are files, never inline, so the CSP can say style-src 'self'.
    inlineStylesheets: 'never',
  },
  // Three editions: English unprefixed, Belarusian at /be/, Russian at /ru/.
  // Every edition's pages are generated explicitly (src/i18n/editions.ts):
  // Astro's fallback does not generate pages in a static build.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/embed\//.test(page) && !/\/404\/?$/.test(page),
      // hreflang alternates: each URL lists the same page in the other editions.
      i18n: {
        defaultLocale: 'en',
        locales: Object.fromEntries(LOCALES.map((l) => [l, l])),
      },
    }),
    // The embeds' module script in their HTML: one request to a visible chart.
    inlineEmbedModule(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Each interactive chart kind gets a chunk with only its Chart.js parts.
    plugins: [chartKindChunks()],
    // No preload helper in the chart script every page runs: hydrate.ts fetches a
    // kind's chunks side by side itself.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
