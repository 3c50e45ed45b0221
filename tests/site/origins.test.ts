// The site loads nothing from another origin. Allowed: absolute og:url / canonical on the site's
// own origin, and plain outbound <a> links in prose.
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltPages, siteOrigin } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));

/** Attributes that make the browser fetch something (or submit somewhere). */
const urlAttributes = ['src', 'href', 'poster', 'action', 'formaction'] as const;

/** Every URL an element other than <a> points at, including each `srcset` candidate. */
function resourceUrls(document: Document): string[] {
  const urls: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (element.localName === 'a') continue;
    for (const name of urlAttributes) {
      const value = element.getAttribute(name);
      if (value !== null) urls.push(value);
    }
    if (element.localName === 'object' && element.hasAttribute('data')) {
      urls.push(element.getAttribute('data') ?? '');
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) {
      urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    }
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
