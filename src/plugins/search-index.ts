/**
 * The site's search index, built with the site: after `astro build`, Pagefind reads the built
 * pages and writes its index and its small search module to `pagefind/` in the output folder.
 *
 * Only the parts of a page marked `data-pagefind-body` are indexed (the lessons, the glossary,
 * the instructors' page). Within them the index skips what is not prose a reader would search
 * for: KaTeX's visual rendering and its TeX source (a formula is indexed as its MathML's
 * text), section links, charts, widgets' controls and readouts, the table of contents (the
 * headings are indexed where they stand) and glossary tips (each term is indexed once, on the
 * glossary).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const SEARCH_EXCLUDED = [
  // A formula is indexed once, as the text of its MathML (not its TeX source).
  '.katex-html',
  'annotation',
  '.section-link',
  'svg',
  '.widget-body',
  'nav',
  '[data-glossary-tip]',
  'script',
  'style',
];

export default function searchIndex(): AstroIntegration {
  return {
    name: 'surprisal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const created = await pagefind.createIndex({
          forceLanguage: 'en',
          excludeSelectors: SEARCH_EXCLUDED,
        });
        if (!created.index) throw new Error(`search index: ${created.errors.join('; ')}`);
        const added = await created.index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('search index: no page to index');
        const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`search index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
