/**
 * One line about an exercise for the instructors' page: the first sentence of its question,
 * with the numbers the page shows before any seed, as HTML (formulas by KaTeX).
 */
import { renderInline } from '../exercises/exercise-template.ts';
import type { Exercise } from '../exercises/exercise-types.ts';

/** The first sentence of a template's first paragraph (a full stop before a number is kept). */
export function firstSentence(template: string): string {
  const paragraph = (template.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s*\n\s*/g, ' ');
  let math = false;
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index];
    if (char === '$') math = !math;
    else if (!math && /[.?!]/.test(char ?? '') && /^(\s|$)/.test(paragraph.slice(index + 1)))
      return paragraph.slice(0, index + 1);
  }
  return paragraph;
}

export function exerciseLine(exercise: Exercise): string {
  const values =
    exercise.kind === 'numeric'
      ? { ...exercise.draw().values, answer: exercise.draw().answer }
      : (exercise.values ?? {});
  return renderInline(firstSentence(exercise.question), values);
}
