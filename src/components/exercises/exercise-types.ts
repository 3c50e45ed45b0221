/**
 * What an exercise is, as a lesson's set (`sets/<lesson-slug>.ts`) defines it. Texts are
 * templates (see `exercise-template.ts`): prose with `$…$` math, `{{key}}` for a number drawn
 * by the exercise (`{{key:6}}` for 6 significant digits; default 4), paragraphs split by a
 * blank line. Pure data and functions of `src/lib`: the build renders them, the client redraws
 * a numeric exercise's numbers from a seed with the same `draw`.
 */
import type { Rng } from '../../lib/index.ts';
import type { ExerciseUnit } from './answer-check.ts';

/** The numbers a text shows, by key: a number (formatted) or a word. */
export type ExerciseValues = Readonly<Record<string, number | string>>;

export interface Draw {
  /** Every `{{key}}` the texts use. */
  readonly values: ExerciseValues;
  /** The exact answer, in the exercise's unit. */
  readonly answer: number;
}

export interface NumericExercise {
  readonly kind: 'numeric';
  /** The unit the answer is asked in, whatever the site's unit toggle says. */
  readonly unit: ExerciseUnit;
  readonly question: string;
  readonly hint: string;
  readonly solution: string;
  /** The built numbers without `rng`; numbers drawn from it with one. Computed with src/lib. */
  readonly draw: (rng?: Rng) => Draw;
}

export interface ChoiceOption {
  readonly id: string;
  /** Plain words, or words with math; an option that is only math has no accessible label. */
  readonly text: string;
  /** Said when this (wrong) option is chosen: why it is wrong, without giving the answer. */
  readonly feedback?: string;
}

export interface ChoiceExercise {
  readonly kind: 'choice';
  readonly question: string;
  readonly options: readonly ChoiceOption[];
  /** The id of the right option. */
  readonly correct: string;
  readonly hint: string;
  readonly solution: string;
  /** Numbers the texts use (computed with src/lib). */
  readonly values?: ExerciseValues;
}

export type Exercise = NumericExercise | ChoiceExercise;

/** One lesson's exercises, by id (ids are unique across the site). */
export type ExerciseSet = Readonly<Record<string, Exercise>>;
