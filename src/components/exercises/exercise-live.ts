/**
 * The client half of `exercise-template.ts`: rewrite every drawn number (`[data-live]`, in
 * prose, in the drawn KaTeX and in its MathML) inside one exercise from new values. Text only:
 * no KaTeX, no markup from values.
 */
import { liveText } from '../kit/live-formula.ts';
import type { ExerciseValues } from './exercise-types.ts';

export function applyExerciseValues(root: ParentNode, values: ExerciseValues): void {
  for (const span of root.querySelectorAll('[data-live]')) {
    const value = values[span.getAttribute('data-live') ?? ''];
    if (value === undefined) continue;
    const digits = span.getAttribute('data-live-digits');
    const text = liveText(value, false, digits === null ? 4 : Number(digits));
    if (span.textContent !== text) span.textContent = text;
  }
}
