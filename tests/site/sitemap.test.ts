// The sitemap lists every lesson page (at its full URL on the site origin and base path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { lessonPages, loadBuiltPages, siteOrigin } from './site-pages.ts';

const outDir = inject('distDir');

it('lists every lesson page', () => {
  const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
  const lessons = lessonPages(loadBuiltPages(outDir)).map((page) => siteOrigin() + page.path);
  expect(lessons.length).toBeGreaterThan(0);
  expect(
    lessons.filter((url) => !listed.has(url)),
    'lesson pages missing from the sitemap',
  ).toEqual([]);
});
