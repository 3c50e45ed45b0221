// Every internal link of the built site resolves: the page exists, and a `#fragment` names an
// element id on that page. Outbound links are not followed.
import { describe, expect, inject, it } from 'vitest';
import { basePath, loadBuiltPages, siteOrigin } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));
const idsByPath = new Map(
  pages.map((page) => [
    page.path,
    new Set([...page.document.querySelectorAll('[id]')].map((el) => el.id)),
  ]),
);

/** Where an internal `href` on `pagePath` points, or undefined for an outbound link. */
function resolveInternal(
  href: string,
  pagePath: string,
): { path: string; fragment: string } | undefined {
  const url = new URL(href, siteOrigin() + pagePath);
  if (url.origin !== siteOrigin()) return undefined;
  return {
    path: decodeURIComponent(url.pathname),
    fragment: decodeURIComponent(url.hash.slice(1)),
  };
}

describe.each(pages.map((page) => [page.path, page] as const))('links on %s', (_path, page) => {
  const anchors = [...page.document.querySelectorAll('a[href]')].map(
    (a) => a.getAttribute('href') ?? '',
  );

  it('point inside the base path', () => {
    const outside = anchors.filter((href) => {
      const target = resolveInternal(href, page.path);
      return target !== undefined && !target.path.startsWith(basePath());
    });
    expect(outside, `links outside ${basePath()}`).toEqual([]);
  });

  it('reach an existing page and, with a #fragment, an existing id', () => {
    const broken = anchors.filter((href) => {
      if (/^(mailto|tel|javascript):/i.test(href)) return false;
      const target = resolveInternal(href, page.path);
      if (target === undefined) return false;
      const ids = idsByPath.get(target.path);
      if (ids === undefined) return true;
      return target.fragment !== '' && !ids.has(target.fragment);
    });
    expect(broken, 'links whose page or fragment does not exist').toEqual([]);
  });
});
