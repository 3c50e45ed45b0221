// The site loads nothing from another origin. Allowed: absolute og:url / canonical on the site's
// own origin, and plain outbound <a> links in prose.
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltPages, siteOrigin } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));

/** Every URL an element other than <a> points at: src, href, srcset, poster, action, data. */
function resourceUrls(document: Document): string[] {
  const urls: string[] = [];
  for (const element of document.querySelectorAll('[src], [href], [srcset], [poster], [action], object[data]')) {
    if (element.localName === 'a') continue;
    for (const name of ['src', 'href', 'poster', 'action', 'data']) {
      const value = element.getAttribute(name);
      if (value !== null && !(name === 'data' && element.localName !== 'object')) urls.push(value);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) urls.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
  }
  return urls;
}

function isOtherOrigin(url: string, pagePath: string): boolean {
  return new URL(url, siteOrigin() + pagePath).origin !== siteOrigin();
}

describe.each(pages.map((page) => [page.path, page] as const))('origins on %s', (_path, page) => {
  it('loads no resource from another origin', () => {
    const foreign = resourceUrls(page.document).filter((url) => isOtherOrigin(url, page.path));
    expect(foreign, 'src/href to another origin').toEqual([]);
  });

  it('gives og:url and canonical, when present, as absolute URLs on the site origin', () => {
    const og = page.document.querySelector('meta[property="og:url"]')?.getAttribute('content');
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    for (const url of [og, canonical].filter((value): value is string => value != null)) {
      expect(new URL(url).origin, url).toBe(siteOrigin());
    }
  });
});
