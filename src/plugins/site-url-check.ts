/**
 * The site's own address, `SITE_URL`, checked when the site is built. Canonical links and
 * `og:url` need the address the site is really served from; without `SITE_URL` a production
 * build cannot know it, so the build says so loudly and the pages leave those two tags out
 * (rather than pointing them at a development address). The sitemap, which must list absolute
 * URLs, is then written against the development origin and is only fit for local use.
 *
 * Addresses shown to readers (example links, `<iframe>` snippets) never depend on `SITE_URL`:
 * they are site-relative in the HTML and completed in the browser (`shown-addresses.ts`).
 */
import type { AstroIntegration } from 'astro';

export const SITE_URL_WARNING = [
  'SITE_URL is not set: this build does not know the address it will be served from.',
  'Pages leave out their canonical link and og:url, and the sitemap lists development URLs.',
  'Build with SITE_URL=https://your.host (and BASE_PATH=/sub/ for a sub-path) to publish.',
].join('\n');

/** Whether `value` is a usable absolute http(s) address. */
export function isSiteUrl(value: string | undefined): value is string {
  if (value === undefined || value.trim() === '') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export default function siteUrlCheck(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'surprisal:site-url-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (siteUrl !== undefined && !isSiteUrl(siteUrl))
          throw new Error(`SITE_URL must be an absolute http(s) address, not "${siteUrl}".`);
        if (command === 'build' && siteUrl === undefined) {
          const rule = '!'.repeat(72);
          logger.warn(`\n${rule}\n${SITE_URL_WARNING}\n${rule}`);
        }
      },
    },
  };
}
