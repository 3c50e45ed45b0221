/**
 * A widget's last committed state, kept in the reader's browser so that it is there again when
 * they come back: `surprisal:widget:<pathname>:<id>` holds the state's URL parameters as a query
 * string (what "Copy link" shares, without the unit, which has its own `surprisal:unit`).
 *
 * The URL always wins: a page whose URL has parameters for a widget, for its linked pair or for
 * any widget of that pair starts that widget from the URL, as if nothing were kept. A kept state
 * that no longer decodes (a parameter renamed, a codec tightened) is dropped without a word.
 * Every storage access is in try/catch (disabled storage, quota): then nothing is kept.
 *
 * Writes are deferred: a commit only notes which state to keep, and the notes are written
 * `WRITE_DELAY_MS` later (at most one write per widget per delay, however fast a drag commits),
 * or at once when the page is hidden or left (`visibilitychange`, `pagehide`). A synchronous
 * localStorage write costs a millisecond or two of main-thread time on every input otherwise.
 */
import { addressedIds } from './url-state.ts';
import { WIDGET_STATE_PREFIX } from './widget-memory-key.ts';

export { WIDGET_STATE_PREFIX } from './widget-memory-key.ts';

/** Longest kept state read back (a longer one is dropped). */
const MAX_KEPT_CHARS = 8_000;

const keyOf = (id: string): string => `${WIDGET_STATE_PREFIX}${window.location.pathname}:${id}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** How long a kept state may wait before it is written. */
export const WRITE_DELAY_MS = 500;

/** States noted but not yet written, by storage key: each read when it is written. */
const pending = new Map<string, () => URLSearchParams>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** Write every noted state now (also run when the page is hidden or left). */
export function flushWidgetStates(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  const notes = [...pending];
  pending.clear();
  for (const [key, params] of notes) {
    try {
      storage()?.setItem(key, params().toString());
    } catch {
      // Full or refused: the state lives as long as the page.
    }
  }
}

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', flushWidgetStates);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushWidgetStates();
  });
}

/**
 * Keep widget `id`'s state on this page: `params` gives its URL parameters and is called when
 * the state is written, within `WRITE_DELAY_MS` (so a drag costs one encoding, not one a frame).
 */
export function keepWidgetState(id: string, params: () => URLSearchParams): void {
  listen();
  pending.set(keyOf(id), params);
  timer ??= setTimeout(flushWidgetStates, WRITE_DELAY_MS);
}

/** The kept state of widget `id` on this page, or undefined. */
export function keptWidgetState(id: string): URLSearchParams | undefined {
  const noted = pending.get(keyOf(id));
  if (noted) return noted();
  try {
    const raw = storage()?.getItem(keyOf(id));
    if (raw === null || raw === undefined || raw.length > MAX_KEPT_CHARS) return undefined;
    return new URLSearchParams(raw);
  } catch {
    return undefined;
  }
}

/** Forget widget `id`'s kept state on this page (it no longer decodes). */
export function dropWidgetState(id: string): void {
  pending.delete(keyOf(id));
  try {
    storage()?.removeItem(keyOf(id));
  } catch {
    // Nothing to do: it will be overwritten by the next commit.
  }
}

/**
 * The ids that decide whether the URL speaks for widget `figure`: its own, and with a linked
 * pair (`data-pair-link`) the link's and every widget's of that link on the page.
 */
export function urlVoiceIds(figure: Element): string[] {
  const link = figure instanceof HTMLElement ? figure.dataset['pairLink'] : undefined;
  if (!link) return [figure.id];
  const members = [...figure.ownerDocument.querySelectorAll<HTMLElement>('figure[data-widget]')]
    .filter((other) => other.dataset['pairLink'] === link)
    .map((other) => other.id);
  return [figure.id, link, ...members];
}

/** Whether the page URL has parameters for any of `ids` (then it wins over kept states). */
export function urlSpeaksFor(ids: readonly string[], search = window.location.search): boolean {
  const addressed = addressedIds(new URLSearchParams(search));
  return ids.some((id) => addressed.has(id));
}

/**
 * The parameters widget `figure` starts from: the page URL's, unless the URL says nothing
 * about it (nor its pair) and a state is kept for it; then the kept state.
 */
export function startingSearch(figure: Element): { search: URLSearchParams; kept: boolean } {
  const url = new URLSearchParams(window.location.search);
  if (urlSpeaksFor(urlVoiceIds(figure), window.location.search))
    return { search: url, kept: false };
  const kept = keptWidgetState(figure.id);
  return kept ? { search: kept, kept: true } : { search: url, kept: false };
}
