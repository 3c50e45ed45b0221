/**
 * The progress store (`progress-store.ts`) in the browser's localStorage, and "forget" of all
 * that the site keeps about a reader. Every access is in try/catch: storage may be disabled
 * (privacy settings, a sandboxed iframe), full, or throw on mere access; then progress is simply
 * not kept, and the page goes on.
 *
 * A record reads the stored value again before writing, so two open tabs add to each other's
 * progress instead of overwriting it.
 */
import { WIDGET_STATE_PREFIX } from '../kit/widget-memory-key.ts';
import {
  PROGRESS_STORAGE_KEY,
  parseProgress,
  recordProgress,
  serializeProgress,
  type Progress,
} from './progress-store.ts';

/** Where code cells keep a reader's edits (`surprisal:cell:<pathname>:<id>`, the cells' contract). */
export const CELL_EDIT_PREFIX = 'surprisal:cell:';

/** The page's localStorage, or undefined where it cannot be had. */
export function siteStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored progress (none when storage is unavailable or the value is unusable). */
export function loadProgress(storage = siteStorage()): Progress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_STORAGE_KEY));
  } catch {
    return new Map();
  }
}

/**
 * Record `detail` (a progress event's detail, checked here) for lesson `slug` and store it.
 * Returns the progress now stored, or undefined when nothing changed.
 */
export function storeProgress(
  slug: string,
  detail: unknown,
  storage = siteStorage(),
): Progress | undefined {
  const progress = loadProgress(storage);
  if (!recordProgress(progress, slug, detail)) return undefined;
  try {
    storage?.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
  } catch {
    // Full or refused: the page still shows it until the reader leaves.
  }
  return progress;
}

/** Whether a stored key is one that "Forget my progress" removes. */
export const isForgettable = (key: string): boolean =>
  key === PROGRESS_STORAGE_KEY ||
  key.startsWith(WIDGET_STATE_PREFIX) ||
  key.startsWith(CELL_EDIT_PREFIX);

function keysToForget(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && isForgettable(key)) keys.push(key);
  }
  return keys;
}

/** The keys "Forget my progress" would remove (none when storage cannot be read). */
export function forgettableKeys(storage = siteStorage()): string[] {
  try {
    return storage ? keysToForget(storage) : [];
  } catch {
    return [];
  }
}

/**
 * Remove the reader's progress, widget states and cell edits (the theme and unit stay).
 * Returns whether they are gone (false when storage refused; true when there is no storage,
 * since then nothing was kept).
 */
export function forgetProgress(storage = siteStorage()): boolean {
  if (!storage) return true;
  try {
    for (const key of keysToForget(storage)) storage.removeItem(key);
    return keysToForget(storage).length === 0;
  } catch {
    return false;
  }
}
