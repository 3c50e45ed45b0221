/**
 * One lesson's progress in words, for `/`: "3 of 7 sections read · 2 of 4 exercises · 1 of 2
 * cells run". Pure. Kinds the lesson has none of are left out; a lesson not started says
 * nothing (an empty string), so `/` looks the same for a reader who has not begun.
 */
import { countDone, type LessonProgress } from './progress-store.ts';

/** A lesson's items as the build lists them (`ProgressSummary.astro`'s data attributes). */
export interface LessonTotals {
  readonly section: readonly string[];
  readonly exercise: readonly string[];
  readonly cell: readonly string[];
}

const parts = [
  ['section', 'section', 'sections', ' read'],
  ['exercise', 'exercise', 'exercises', ''],
  ['cell', 'cell', 'cells', ' run'],
] as const;

/** The summary of `done` against `totals`; '' when nothing of the lesson is done. */
export function progressSummary(totals: LessonTotals, done: LessonProgress | undefined): string {
  const counts = parts.map(([kind]) => countDone(done?.[kind], totals[kind]));
  if (counts.every((count) => count === 0)) return '';
  return parts
    .map(([kind, one, many, verb], i) => {
      const total = totals[kind].length;
      return total === 0 ? '' : `${counts[i]} of ${total} ${total === 1 ? one : many}${verb}`;
    })
    .filter((part) => part !== '')
    .join(' · ');
}
