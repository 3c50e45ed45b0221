/**
 * From Pagefind's answer to the rows the search panel lists: a page with its title, link and
 * excerpt, and up to `MAX_SECTIONS` of its sections (a lesson's sections, a glossary entry, an
 * exercise: each part of a page under a heading with an id) that match.
 *
 * Excerpts come as HTML in which Pagefind marks the matched words with `<mark>`; they are
 * rebuilt here as plain text and `<mark>` elements only, so nothing else in them can reach the page.
 */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface SearchRow {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly sections: readonly { title: string; url: string; excerpt: string }[];
}

export const MAX_PAGES = 8;
export const MAX_SECTIONS = 3;

/** The rows for one query's page results (in Pagefind's order, best first). */
export function searchRows(pages: readonly PagefindResultData[]): SearchRow[] {
  return pages.slice(0, MAX_PAGES).map((page) => ({
    title: page.meta.title ?? page.url,
    url: page.url,
    excerpt: page.excerpt,
    sections: (page.sub_results ?? [])
      // The sub-result without an anchor is the page itself.
      .filter((section) => section.url.includes('#'))
      .slice(0, MAX_SECTIONS)
      .map(({ title, url, excerpt }) => ({ title, url, excerpt })),
  }));
}

/** An excerpt as DOM nodes: its text, with Pagefind's `<mark>` highlights and nothing else. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const template = doc.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else if (node.textContent) {
      nodes.push(doc.createTextNode(node.textContent));
    }
  }
  return nodes;
}
