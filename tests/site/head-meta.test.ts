// Every page can be found, shared and read: a title, a description, an og:title, a language,
// exactly one h1.
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltPages } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));

function metaContent(document: Document, selector: string): string {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

describe.each(pages.map((page) => [page.path, page] as const))('head of %s', (_path, page) => {
  const { document } = page;

  it('has a non-empty <title>', () => {
    expect(document.title.trim()).not.toBe('');
  });

  it('has a meta description and an og:title', () => {
    expect(metaContent(document, 'meta[name="description"]'), 'meta description').not.toBe('');
    expect(metaContent(document, 'meta[property="og:title"]'), 'og:title').not.toBe('');
  });

  it('declares its language', () => {
    expect(document.documentElement.getAttribute('lang') ?? '').not.toBe('');
  });

  it('has exactly one h1', () => {
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });
});
