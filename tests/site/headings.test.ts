// Every h2/h3 of a lesson has an id and a visible link to its own section, so an instructor can
// link a student to one section.
import { describe, expect, inject, it } from 'vitest';
import { lessonPages, loadBuiltPages } from './site-pages.ts';

const lessons = lessonPages(loadBuiltPages(inject('distDir')));

/**
 * Links that belong to a heading: those inside it, and the sibling links in a wrapper that
 * holds this heading alone (`<div><h2 id>…</h2><a href="#id">#</a></div>`).
 */
function linksOfHeading(heading: Element): Element[] {
  const inside = [...heading.querySelectorAll('a[href]')];
  const wrapper = heading.parentElement;
  if (!wrapper || wrapper.localName === 'main' || wrapper.querySelectorAll('h2, h3').length !== 1) {
    return inside;
  }
  return [...inside, ...[...wrapper.children].filter((child) => child.matches('a[href]'))];
}

/** A link to `#id` of its own heading, not hidden, with an accessible name. */
function hasSectionLink(heading: Element): boolean {
  return linksOfHeading(heading).some((link) => {
    const href = link.getAttribute('href') ?? '';
    if (!href.endsWith(`#${heading.id}`)) return false;
    if (link.closest('[hidden], [aria-hidden="true"]')) return false;
    const name = (link.getAttribute('aria-label') ?? link.textContent ?? '').trim();
    return name !== '' || link.getAttribute('aria-labelledby') !== null;
  });
}

describe('lesson pages', () => {
  it('exist in the build', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });
});

describe.each(lessons.map((page) => [page.path, page] as const))(
  'headings on %s',
  (_path, page) => {
    const headings = [...page.document.querySelectorAll('main h2, main h3')].filter(
      (heading) => !heading.closest('figure[data-widget]'),
    );

    it('every h2 and h3 has an id', () => {
      const missing = headings
        .filter((heading) => heading.id === '')
        .map((heading) => heading.textContent);
      expect(missing, 'headings without an id').toEqual([]);
    });

    it('every h2 and h3 has a visible link to its section', () => {
      const missing = headings
        .filter((heading) => heading.id !== '' && !hasSectionLink(heading))
        .map((heading) => heading.id);
      expect(missing, 'headings without a link-to-section control').toEqual([]);
    });
  },
);
