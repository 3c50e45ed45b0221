// The addresses a built page names: never a development address. With SITE_URL the canonical
// link and og:url are absolute on it; without SITE_URL the build warns and leaves both out. The
// suite's own build is checked as it is, and one more build with the other setting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSiteWithLog } from './build-site.ts';
import { loadBuiltPages, type BuiltPage } from './site-pages.ts';

const OTHER_SITE_URL = 'https://courses.example.edu';

function attribute(page: BuiltPage, selector: string, name: string): string | undefined {
  return page.document.querySelector(selector)?.getAttribute(name) ?? undefined;
}

/** The checks on one build, made with `siteUrl` (or without SITE_URL). */
function checkBuild(label: string, pages: () => readonly BuiltPage[], siteUrl: string | undefined) {
  describe(label, () => {
    it('has no page that names localhost', () => {
      const named = pages().filter((page) => /localhost/i.test(page.html));
      expect(named.map((page) => page.path)).toEqual([]);
    });

    if (siteUrl === undefined) {
      it('leaves the canonical link and og:url out', () => {
        const withUrl = pages().filter(
          (page) =>
            attribute(page, 'link[rel="canonical"]', 'href') !== undefined ||
            attribute(page, 'meta[property="og:url"]', 'content') !== undefined,
        );
        expect(withUrl.map((page) => page.path)).toEqual([]);
      });
    } else {
      it('gives every indexed page its absolute canonical link and og:url on SITE_URL', () => {
        const indexed = pages().filter(
          (page) => !page.document.querySelector('meta[name="robots"][content~="noindex"]'),
        );
        expect(indexed.length).toBeGreaterThan(0);
        for (const page of indexed) {
          const expected = new URL(page.path, siteUrl).href;
          expect(attribute(page, 'link[rel="canonical"]', 'href'), page.path).toBe(expected);
          expect(attribute(page, 'meta[property="og:url"]', 'content'), page.path).toBe(expected);
        }
      });
    }
  });
}

const suiteSiteUrl = process.env.SITE_URL || undefined;
const suitePages = loadBuiltPages(inject('distDir'));
checkBuild(`the suite's build (${suiteSiteUrl ?? 'no SITE_URL'})`, () => suitePages, suiteSiteUrl);

// The other setting: without SITE_URL when the suite has one, else with one.
const otherSiteUrl = suiteSiteUrl === undefined ? OTHER_SITE_URL : undefined;
const otherRoot = mkdtempSync(join(tmpdir(), 'surprisal-site-url-'));
let otherPages: BuiltPage[] = [];
let otherLog = '';
describe('one more build', () => {
  afterAll(() => rmSync(otherRoot, { recursive: true, force: true }));

  it('builds', () => {
    const outDir = join(otherRoot, 'dist');
    otherLog = buildSiteWithLog(outDir, { SITE_URL: otherSiteUrl ?? '' });
    otherPages = loadBuiltPages(outDir);
    expect(otherPages.length).toBeGreaterThan(0);
  }, 120_000);

  it(otherSiteUrl === undefined ? 'warns that SITE_URL is missing' : 'does not warn', () => {
    const warned = /SITE_URL is not set/.test(otherLog);
    expect(warned).toBe(otherSiteUrl === undefined);
  });

  checkBuild(`with ${otherSiteUrl ?? 'no SITE_URL'}`, () => otherPages, otherSiteUrl);
});
