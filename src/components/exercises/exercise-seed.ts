/**
 * An exercise's seed in the page URL: `?exercise.ID.seed=17`. A seed is 1 to 9 decimal digits;
 * anything else (or any other `exercise.ID.*` parameter) is ignored and listed in a notice,
 * never interpreted. Pure: works on a `URLSearchParams`.
 */
import { truncateForNotice, type IgnoredParam } from '../kit/url-state.ts';

export const EXERCISE_PREFIX = 'exercise.';
export const MAX_SEED = 999_999_999;
/** The URL parameters an exercise reads (`exercise.ID.seed`). */
export const EXERCISE_PARAMS: readonly string[] = ['seed'];

export const seedKey = (id: string): string => `${EXERCISE_PREFIX}${id}.seed`;

const ignored = (key: string, value: string, reason: string): IgnoredParam => ({
  key: truncateForNotice(key),
  value: truncateForNotice(value),
  reason,
});

/** A seed as written in a link, or why it is not one. */
export function parseSeed(raw: string): { ok: true; seed: number } | { ok: false; reason: string } {
  if (!/^\d{1,9}$/.test(raw))
    return { ok: false, reason: 'a seed is a whole number from 0 to 999999999' };
  return { ok: true, seed: Number(raw) };
}

export interface SeedParams {
  readonly seed?: number;
  readonly ignored: readonly IgnoredParam[];
}

/** The seed addressed to exercise `id` (the first one wins), and what was ignored. */
export function readSeed(search: URLSearchParams, id: string, seeded: boolean): SeedParams {
  const prefix = `${EXERCISE_PREFIX}${id}.`;
  const notes: IgnoredParam[] = [];
  let seed: number | undefined;
  for (const [key, raw] of search) {
    if (!key.startsWith(prefix)) continue;
    if (key !== seedKey(id)) notes.push(ignored(key, raw, 'unknown parameter'));
    else if (!seeded) notes.push(ignored(key, raw, 'this exercise has no numbers to draw'));
    else if (seed !== undefined) notes.push(ignored(key, raw, 'repeated parameter'));
    else {
      const parsed = parseSeed(raw);
      if (parsed.ok) seed = parsed.seed;
      else notes.push(ignored(key, raw, `value is not a seed: ${parsed.reason}`));
    }
  }
  return seed === undefined ? { ignored: notes } : { seed, ignored: notes };
}

/** `exercise.ID.*` parameters whose ID is no exercise of the page. */
export function strayExerciseParams(
  search: URLSearchParams,
  pageIds: ReadonlySet<string>,
): IgnoredParam[] {
  const notes: IgnoredParam[] = [];
  for (const [key, raw] of search) {
    if (!key.startsWith(EXERCISE_PREFIX)) continue;
    const id = key.slice(EXERCISE_PREFIX.length).split('.')[0] ?? '';
    if (!pageIds.has(id)) notes.push(ignored(key, raw, 'no exercise with that id on this page'));
  }
  return notes;
}

/** The query with exercise `id`'s seed set (other parameters kept, in order). */
export function withSeed(search: string, id: string, seed: number): string {
  const params = new URLSearchParams(search);
  params.set(seedKey(id), String(seed));
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
