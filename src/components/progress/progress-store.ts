/**
 * A reader's progress, as kept in one localStorage value (`surprisal:progress`): per lesson slug,
 * the ids of the sections read, the cells run and the exercises solved. Pure: no storage, no DOM
 * (`progress-storage.ts` reads and writes it).
 *
 * Stored as `{"v":1,"lessons":{"entropy":{"section":["surprise"],"cell":["c1"]}}}` (a kind
 * with no id is left out). Reading is defensive: the value comes from the reader's browser,
 * where anything (another script, an old version, a hand edit) may have put anything. A value
 * that is not JSON, has another version or another shape gives no progress at all; within a
 * good value, a slug or an id that is not a plain name, and anything past the size limits, is
 * dropped. Nothing read is ever used as a key of a plain object (no prototype pollution).
 */
import type { ProgressDetail, ProgressKind } from './progress-event.ts';
import { MAX_PROGRESS_CHARS } from './progress-key.ts';

export { MAX_PROGRESS_CHARS, PROGRESS_STORAGE_KEY } from './progress-key.ts';
export const PROGRESS_VERSION = 1;
export const MAX_LESSONS = 200;
/** Ids kept per lesson and kind. */
export const MAX_IDS = 500;

export const PROGRESS_KINDS: readonly ProgressKind[] = ['section', 'cell', 'exercise'];

/** One lesson's progress: the ids done, by kind. */
export type LessonProgress = Record<ProgressKind, Set<string>>;

/** Everyone's progress in this browser, by lesson slug. */
export type Progress = Map<string, LessonProgress>;

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ID = /^[A-Za-z0-9][\w.:-]{0,99}$/;

/** Whether `value` is a lesson slug the store accepts. */
export const isLessonSlug = (value: unknown): value is string =>
  typeof value === 'string' && SLUG.test(value);

/** Whether `value` is a section, cell or exercise id the store accepts. */
export const isProgressId = (value: unknown): value is string =>
  typeof value === 'string' && ID.test(value);

/** Whether `value` is a well-formed progress event detail. */
export const isProgressDetail = (value: unknown): value is ProgressDetail =>
  typeof value === 'object' &&
  value !== null &&
  PROGRESS_KINDS.includes((value as ProgressDetail).kind) &&
  isProgressId((value as ProgressDetail).id);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const emptyLesson = (): LessonProgress => ({
  section: new Set(),
  cell: new Set(),
  exercise: new Set(),
});

/** The progress a stored value holds; an unusable value (or none) holds none. */
export function parseProgress(raw: string | null | undefined): Progress {
  const progress: Progress = new Map();
  if (typeof raw !== 'string' || raw.length > MAX_PROGRESS_CHARS) return progress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return progress;
  }
  if (!isRecord(value) || value['v'] !== PROGRESS_VERSION || !isRecord(value['lessons']))
    return progress;
  for (const [slug, stored] of Object.entries(value['lessons'])) {
    if (progress.size >= MAX_LESSONS) break;
    if (!isLessonSlug(slug) || !isRecord(stored)) continue;
    const lesson = emptyLesson();
    for (const kind of PROGRESS_KINDS) {
      const ids = stored[kind];
      if (!Array.isArray(ids)) continue;
      for (const id of ids.slice(0, MAX_IDS)) if (isProgressId(id)) lesson[kind].add(id);
    }
    progress.set(slug, lesson);
  }
  return progress;
}

/** The stored value of `progress` (lessons with nothing done are left out). */
export function serializeProgress(progress: Progress): string {
  const lessons: Record<string, Partial<Record<ProgressKind, string[]>>> = {};
  for (const [slug, lesson] of progress) {
    const kept: Partial<Record<ProgressKind, string[]>> = {};
    for (const kind of PROGRESS_KINDS)
      if (lesson[kind].size > 0) kept[kind] = [...lesson[kind]].slice(0, MAX_IDS);
    if (Object.keys(kept).length > 0) lessons[slug] = kept;
  }
  return JSON.stringify({ v: PROGRESS_VERSION, lessons });
}

/**
 * Add what `detail` says was done in lesson `slug`. Returns whether anything changed (false for
 * a repeat, a bad slug or detail, or a full list). `progress` is changed in place.
 */
export function recordProgress(progress: Progress, slug: string, detail: unknown): boolean {
  if (!isLessonSlug(slug) || !isProgressDetail(detail)) return false;
  let lesson = progress.get(slug);
  if (!lesson) {
    if (progress.size >= MAX_LESSONS) return false;
    lesson = emptyLesson();
    progress.set(slug, lesson);
  }
  const ids = lesson[detail.kind];
  if (ids.has(detail.id) || ids.size >= MAX_IDS) return false;
  ids.add(detail.id);
  return true;
}

/** How many of `ids` (a lesson's items, as the build lists them) are done. */
export function countDone(done: ReadonlySet<string> | undefined, ids: readonly string[]): number {
  return done ? ids.filter((id) => done.has(id)).length : 0;
}
