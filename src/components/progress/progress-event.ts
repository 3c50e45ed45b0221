/**
 * What a reader did that counts as progress, told to the page as one DOM event so that the
 * parts that do it (exercises, code cells, sections) know nothing of where progress is kept.
 *
 * - `section`: a lesson section was read (its heading id).
 * - `cell`: a code cell ran without error (its `data-cell` id).
 * - `exercise`: an exercise was answered right (its `data-exercise` id).
 *
 * The lesson is the page's: the listener takes it from the page, not from the event.
 */
export const PROGRESS_EVENT = 'surprisal:progress';

export type ProgressKind = 'section' | 'cell' | 'exercise';

export interface ProgressDetail {
  readonly kind: ProgressKind;
  readonly id: string;
}

/** Tells the page that the reader read a section, ran a cell or solved an exercise. */
export function reportProgress(detail: ProgressDetail, target: EventTarget = document): void {
  target.dispatchEvent(new CustomEvent<ProgressDetail>(PROGRESS_EVENT, { detail }));
}
