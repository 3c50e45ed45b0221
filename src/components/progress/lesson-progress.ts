/**
 * The lesson page's progress script (included by `LessonLayout.astro`). It runs at load, so it
 * is small and imports the rest when needed:
 * - it marks the sections read in the table of contents (`ReadMark.astro`), from storage at
 *   load and live;
 * - it records every `surprisal:progress` event under the page's lesson (`article[data-lesson]`)
 *   through the store (`progress-storage.ts`, a chunk imported with the first event);
 * - it starts telling when a section has been read (`section-tracker.ts`, a chunk imported when
 *   the reader first scrolls, or at once when the page opens scrolled, e.g. at a #section).
 */
import { PROGRESS_EVENT } from './progress-event.ts';
import { MAX_PROGRESS_CHARS, PROGRESS_STORAGE_KEY } from './progress-key.ts';

/**
 * What the stored value says of lesson `slug`'s sections, without the store's checks: it is
 * only compared with the page's own section ids, so nothing odd in it can do anything.
 */
function storedSections(slug: string): unknown[] {
  try {
    const raw = localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '';
    const value = raw.length > MAX_PROGRESS_CHARS ? 0 : JSON.parse(raw);
    const ids: unknown = value.v === 1 && value.lessons[slug].section;
    return Array.isArray(ids) ? ids : [];
  } catch {
    return [];
  }
}

function start(article: HTMLElement, slug: string): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')];
  const ids = links.map((link) => decodeURIComponent(link.hash.slice(1)));
  const show = (read: ReadonlySet<unknown> | undefined): void =>
    links.forEach((link, i) => {
      const mark = link.querySelector<HTMLElement>('[data-toc-read]');
      if (mark && read?.has(ids[i])) mark.dataset['tocRead'] = 'read';
    });
  const read = new Set(storedSections(slug));
  show(read);

  let store: Promise<typeof import('./progress-storage.ts')> | undefined;
  document.addEventListener(PROGRESS_EVENT, (event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    store ??= import('./progress-storage.ts');
    void store.then((storage) => show(storage.storeProgress(slug, detail)?.get(slug)?.section));
  });

  const track = (): void =>
    void import('./section-tracker.ts').then((tracker) =>
      tracker.trackSections(article, ids, read),
    );
  if (scrollY > 0) track();
  else addEventListener('scroll', track, { once: true, passive: true });
}

const article = document.querySelector<HTMLElement>('article[data-lesson]');
const slug = article?.dataset['lesson'];
if (article && slug) start(article, slug);
