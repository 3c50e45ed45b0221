/**
 * Tells the page when a lesson section has been read: `{ kind: 'section', id }` through
 * `reportProgress`, by the rule of `section-reading.ts`, fed with where each section's heading
 * and the article's end (`[data-lesson-end]`) are whenever an IntersectionObserver sees one of
 * them cross the window's edge, and again when a wait the rule asked for is over. While the page
 * is hidden (`document.visibilityState`, told by `visibilitychange`) the rule's clock stands
 * still: a section left open in a background tab is not read by waiting. Imported by
 * the lesson's progress script when the reader first scrolls (`lesson-progress.ts`).
 */
import { reportProgress } from './progress-event.ts';
import { placeOf, sectionReading } from './section-reading.ts';

/** Track the sections `ids` (in page order) of `article`; `read` holds those already read. */
export function trackSections(
  article: HTMLElement,
  ids: readonly string[],
  read: ReadonlySet<unknown>,
): void {
  const end = article.querySelector('[data-lesson-end]');
  const headings = ids.map((id) => document.getElementById(id));
  if (!end || !('IntersectionObserver' in window) || headings.some((h) => !h)) return;
  const markers = [...(headings as HTMLElement[]), end];
  const reading = sectionReading(
    ids.length,
    ids.flatMap((id, i) => (read.has(id) ? [i] : [])),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    const now = performance.now();
    clearTimeout(timer);
    timer = undefined;
    if (document.visibilityState === 'hidden') {
      reading.hide(now);
      return;
    }
    const places = markers.map((marker) => {
      const box = marker.getBoundingClientRect();
      return placeOf(box.top, box.bottom, innerHeight);
    });
    for (const i of reading.update(places, now))
      reportProgress({ kind: 'section', id: ids[i] ?? '' });
    const wait = reading.wait(now);
    timer = wait === undefined ? undefined : setTimeout(update, wait + 50);
  };
  const observer = new IntersectionObserver(update);
  for (const marker of markers) observer.observe(marker);
  document.addEventListener('visibilitychange', update);
}
