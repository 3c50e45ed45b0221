/**
 * Where progress is kept: one localStorage value (read by the store, `progress-store.ts`, and at
 * load by the lesson page's script, which must not carry the whole store).
 */
export const PROGRESS_STORAGE_KEY = 'surprisal:progress';

/** Longest stored value read; a longer one is discarded unread. */
export const MAX_PROGRESS_CHARS = 200_000;
