/**
 * The search panel, imported on the reader's first touch of the search box (site-search.ts):
 * it loads Pagefind's module from the built site (`pagefind/pagefind.js` under the site's base
 * path; it fetches only the index files a query needs, all from the site itself), answers
 * each query as the reader types and lists the results (search-results.ts).
 *
 * Keyboard: ↓ from the box moves to the first result, ↑/↓ move among the results (↑ from the
 * first goes back to the box), Escape closes the list and returns to the box. The list closes
 * when focus or a click leaves the box and the list. The number of results is announced politely.
 */
import {
  excerptNodes,
  searchRows,
  type PagefindResultData,
  type SearchRow,
} from './search-results.ts';

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    timeoutMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** The form's parts, and the results panel its box controls (a sibling, in the header). */
function parts(form: HTMLFormElement) {
  const get = <T extends Element>(root: ParentNode, selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`search without ${selector}`);
    return element;
  };
  const input = get<HTMLInputElement>(form, 'input[type="search"]');
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const panel = list?.closest<HTMLElement>('[data-search-panel]');
  if (!(list instanceof HTMLOListElement) || !panel) throw new Error('search without results');
  return {
    input,
    panel,
    list,
    status: get<HTMLElement>(form, '[data-search-status]'),
    summary: get<HTMLElement>(panel, '[data-search-summary]'),
  };
}

function link(title: string, url: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.textContent = title;
  return anchor;
}

function excerpt(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  paragraph.append(...excerptNodes(text));
  return paragraph;
}

function rowItem(row: SearchRow): HTMLLIElement {
  const item = document.createElement('li');
  item.append(link(row.title, row.url), excerpt(row.excerpt));
  if (row.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.setAttribute('aria-label', `In ${row.title}`);
    for (const section of row.sections) {
      const sectionItem = document.createElement('li');
      sectionItem.append(link(section.title, section.url), excerpt(section.excerpt));
      sections.append(sectionItem);
    }
    item.append(sections);
  }
  return item;
}

export function startSearchPanel(form: HTMLFormElement): void {
  const { input, panel, list, status, summary } = parts(form);
  let latest = 0;

  const say = (text: string): void => {
    summary.textContent = text;
    status.textContent = text;
  };
  const close = (): void => {
    panel.hidden = true;
  };
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll('a')];

  async function answer(): Promise<void> {
    const query = input.value.trim();
    const asked = ++latest;
    if (query === '') {
      list.replaceChildren();
      say('');
      close();
      return;
    }
    panel.hidden = false;
    let rows: SearchRow[];
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.debouncedSearch(query, {}, 150);
      if (found === null || asked !== latest) return; // a newer query is on its way
      rows = searchRows(await Promise.all(found.results.slice(0, 8).map((r) => r.data())));
      if (asked !== latest) return;
    } catch {
      loading = undefined;
      list.replaceChildren();
      say('Search is not available here: it needs the built site (npm run build).');
      return;
    }
    list.replaceChildren(...rows.map(rowItem));
    say(
      rows.length === 0
        ? `No results for “${query}”.`
        : `${rows.length} page${rows.length === 1 ? '' : 's'} for “${query}”.`,
    );
  }

  input.addEventListener('input', () => void answer());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
  });
  const inSearch = (node: EventTarget | null): boolean =>
    node instanceof Node && (form.contains(node) || panel.contains(node));
  for (const part of [form, panel]) {
    part.addEventListener('focusout', (event) => {
      if (!inSearch((event as FocusEvent).relatedTarget)) close();
    });
  }
  document.addEventListener('pointerdown', (event) => {
    if (!inSearch(event.target)) close();
  });
  // A query typed before this module arrived.
  if (input.value.trim() !== '') void answer();
}
