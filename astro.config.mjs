// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeGlossaryTips from './src/plugins/rehype-glossary-tips.ts';
import rehypeScrollableBlocks from './src/plugins/rehype-scrollable-blocks.ts';
import remarkSectionHeadings from './src/plugins/remark-section-headings.ts';
import searchIndex from './src/plugins/search-index.ts';
import siteUrlCheck from './src/plugins/site-url-check.ts';

// The site's origin and sub-path come from the environment so the same build can be
// published at the root of a domain or under a sub-path (e.g. a course page). Without SITE_URL
// the build warns (src/plugins/site-url-check.ts) and pages carry no canonical link or og:url;
// the sitemap alone, which needs absolute URLs, falls back to the development origin.
const siteUrl = process.env.SITE_URL || undefined;
const site = siteUrl ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Formulas' glossary tips link to /glossary/ under the same base.
const baseSegments = base.replace(/^\/+|\/+$/g, '');
const glossaryPath = baseSegments === '' ? '/glossary/' : `/${baseSegments}/glossary/`;

// Astro hashes the scripts it bundles; the one inline script (the early theme switch, inlined
// by BaseLayout from this same file) needs its hash listed by hand.
const themeInitScript = readFileSync(
  new URL('./src/components/site/theme-init.js', import.meta.url),
  'utf8',
).trim();
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Embed pages are `noindex` (they exist for iframes), so they stay out of the sitemap.
  integrations: [
    siteUrlCheck(siteUrl),
    mdx(),
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }),
    // After the build: the search index of the built pages (Pagefind), in `pagefind/`.
    searchIndex(),
  ],
  // SITE_URL as the pages see it (`astro:env/server`): only a real one gives canonical URLs.
  env: {
    schema: {
      SITE_URL: envField.string({ context: 'server', access: 'public', optional: true }),
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkSectionHeadings],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: 'error' }],
        rehypeScrollableBlocks,
        [rehypeGlossaryTips, { glossaryPath }],
      ],
    }),
  },
  // Every asset (KaTeX's smallest fonts included) is a file on the site, never a data: URL.
  // Code cells run in a module worker that imports the library (see src/components/notebook/).
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  security: {
    csp: {
      // Everything comes from the site itself; KaTeX fonts and images included.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search (Pagefind) runs a WebAssembly module: 'wasm-unsafe-eval' lets the page compile
      // WebAssembly, and nothing else; 'unsafe-eval' stays out.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
      // KaTeX positions glyphs with style attributes; <style> elements and stylesheets stay hashed.
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
