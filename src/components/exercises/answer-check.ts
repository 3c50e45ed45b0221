/**
 * Checking a numeric answer against the exercise's value. Pure: no DOM.
 *
 * - Tolerance: an answer a is right when |a − x| ≤ max(0.1 % · |x|, 10⁻⁶) for the value x
 *   (relative, with an absolute floor for values at or near 0). The feedback states it.
 * - Verdicts: `right`; `unit` when the answer is, within the same tolerance, the value in the
 *   other unit (nats where bits were asked: x · ln 2; bits where nats were asked: x / ln 2);
 *   `invalid` when the answer cannot be read (see `answer-parser.ts`); otherwise `wrong`.
 */
import { AnswerError, parseAnswer } from './answer-parser.ts';

export type Verdict = 'right' | 'wrong' | 'unit' | 'invalid';
export type ExerciseUnit = 'bits' | 'nats' | 'none';

export const RELATIVE_TOLERANCE = 1e-3;
export const ABSOLUTE_TOLERANCE = 1e-6;
/** The tolerance as the feedback states it. */
export const TOLERANCE_TEXT = 'within 0.1 %';

export interface CheckResult {
  readonly verdict: Verdict;
  /** What the reader is told, in plain text. */
  readonly message: string;
  /** The value the answer was read as (absent when invalid). */
  readonly value?: number;
}

/** Whether `answer` is `expected` within the stated tolerance. */
export function withinTolerance(answer: number, expected: number): boolean {
  const allowed = Math.max(RELATIVE_TOLERANCE * Math.abs(expected), ABSOLUTE_TOLERANCE);
  return Math.abs(answer - expected) <= allowed;
}

const otherUnit = (unit: ExerciseUnit): ExerciseUnit =>
  unit === 'bits' ? 'nats' : unit === 'nats' ? 'bits' : 'none';

/** The expected value expressed in the other unit (the same amount of information). */
export function inOtherUnit(expected: number, unit: ExerciseUnit): number {
  return unit === 'bits' ? expected * Math.LN2 : expected / Math.LN2;
}

/** Checks the reader's text against the expected value, asked in `unit`. Never throws. */
export function checkAnswer(text: string, expected: number, unit: ExerciseUnit): CheckResult {
  let value: number;
  try {
    value = parseAnswer(text);
  } catch (error) {
    if (error instanceof AnswerError) return { verdict: 'invalid', message: error.message };
    throw error;
  }
  const asked = unit === 'none' ? '' : ` ${unit}`;
  if (withinTolerance(value, expected))
    return { verdict: 'right', value, message: `Right (checked ${TOLERANCE_TEXT}).` };
  if (unit !== 'none' && withinTolerance(value, inOtherUnit(expected, unit))) {
    const factor = unit === 'bits' ? 'divide by ln 2' : 'multiply by ln 2';
    return {
      verdict: 'unit',
      value,
      message: `That is the right amount in ${otherUnit(unit)}, but the question asks for${asked}: ${factor}.`,
    };
  }
  return {
    verdict: 'wrong',
    value,
    message: `Not quite: ${formatEcho(value)}${asked} is not the answer (checked ${TOLERANCE_TEXT}). Try the hint.`,
  };
}

/** The number the answer was read as, for the feedback (plain digits, a true minus). */
function formatEcho(value: number): string {
  return Number(value.toPrecision(6)).toString().replace('-', '−');
}
