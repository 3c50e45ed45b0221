// The search index is built with the site: Pagefind's module and index are in `pagefind/`, and
// they cover exactly the pages marked for search (every lesson, the glossary, the instructors'
// page), each with a title, and nothing a reader would not search (the home page, embeds).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { basePath, lessonPages, loadBuiltPages } from './site-pages.ts';

const outDir = inject('distDir');
const pages = loadBuiltPages(outDir);
const searchable = pages.filter((page) => page.document.querySelector('[data-pagefind-body]'));

describe('search index', () => {
  it('is written with the site: the search module and one English index', () => {
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en.page_count).toBe(searchable.length);
  });

  it('covers every lesson, the glossary and the instructors’ page, and no other page', () => {
    const expected = [
      ...lessonPages(pages).map((page) => page.path),
      `${basePath()}glossary/`,
      `${basePath()}instructors/`,
    ].sort();
    expect(searchable.map((page) => page.path).sort()).toEqual(expected);
  });

  it('marks the main content only, under one h1 that names the result', () => {
    for (const page of searchable) {
      const body = page.document.querySelectorAll('[data-pagefind-body]');
      expect(body, page.path).toHaveLength(1);
      expect(body[0]!.tagName, page.path).toBe('MAIN');
      expect(body[0]!.querySelectorAll('h1'), page.path).toHaveLength(1);
    }
  });
});
