// @vitest-environment jsdom
// Search results: a page and its matching sections, capped, and excerpts that bring only text
// and Pagefind's <mark> highlights into the page, whatever the indexed text held.
import { describe, expect, it } from 'vitest';
import {
  excerptNodes,
  MAX_PAGES,
  MAX_SECTIONS,
  searchRows,
  type PagefindResultData,
} from '../../../src/components/site/search-results.ts';

const page = (n: number, sections: number): PagefindResultData => ({
  url: `/lessons/l${n}/`,
  excerpt: `page <mark>${n}</mark>`,
  meta: { title: `Lesson ${n}` },
  sub_results: [
    { title: `Lesson ${n}`, url: `/lessons/l${n}/`, excerpt: 'the page itself' },
    ...Array.from({ length: sections }, (_, s) => ({
      title: `Section ${s}`,
      url: `/lessons/l${n}/#s${s}`,
      excerpt: `in section ${s}`,
    })),
  ],
});

describe('searchRows', () => {
  it('lists pages in order with their anchored sections, capped', () => {
    const rows = searchRows(Array.from({ length: MAX_PAGES + 3 }, (_, n) => page(n, 5)));
    expect(rows).toHaveLength(MAX_PAGES);
    expect(rows.map((row) => row.url)).toEqual(
      Array.from({ length: MAX_PAGES }, (_, n) => `/lessons/l${n}/`),
    );
    expect(rows[0]!.title).toBe('Lesson 0');
    expect(rows[0]!.sections.map((s) => s.url)).toEqual(
      Array.from({ length: MAX_SECTIONS }, (_, s) => `/lessons/l0/#s${s}`),
    );
  });

  it('names a page without a title by its address and copes without sections', () => {
    const [row] = searchRows([{ url: '/glossary/', excerpt: 'x', meta: {} }]);
    expect(row).toEqual({ title: '/glossary/', url: '/glossary/', excerpt: 'x', sections: [] });
  });
});

describe('excerptNodes', () => {
  const html = (excerpt: string): string => {
    const holder = document.createElement('p');
    holder.append(...excerptNodes(excerpt));
    return holder.innerHTML;
  };

  it('keeps the text and the <mark> highlights', () => {
    expect(html('the <mark>entropy</mark> of p &amp; q')).toBe(
      'the <mark>entropy</mark> of p &amp; q',
    );
  });

  it('turns any other markup into its text, running nothing', () => {
    const hostile =
      '<img src="x" onerror="window.ran = true"><script>window.ran = true</script>' +
      '<a href="javascript:alert(1)">link</a><mark onclick="x()">hit</mark>';
    expect(html(hostile)).toBe('window.ran = truelink<mark>hit</mark>');
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });
});
