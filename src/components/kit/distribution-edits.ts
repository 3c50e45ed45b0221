/**
 * The editing rules of the distribution editor, as pure functions on arrays.
 *
 * - A slider moves one probability and rescales the others proportionally so the list stays a
 *   distribution (the most usable choice for dragging: every position is a valid state).
 * - A number box changes only its own entry: what the reader typed is never rescaled. The list
 *   is used only if it sums to 1 (within `LINK_SUM_TOLERANCE`); otherwise the reader is told the
 *   sum and offered "Normalise".
 * - "Add outcome" appends an outcome of probability 0; "Remove outcome" drops the last one and
 *   renormalises the rest (uniform if the rest is all zero). Both are explicit actions.
 */
import { isDistribution, normalize } from '../../lib/index.ts';
import { LINK_SUM_TOLERANCE, parseDecimal, type ParseResult } from './params.ts';
import { outcomeLabel } from './distribution-labels.ts';
import { toSliderStep } from './slider-step.ts';

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 10;

const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);
const uniform = (n: number): number[] => Array.from({ length: n }, () => 1 / n);

/**
 * The probability a drag on a chart sets: the value under the pointer, clamped to [0, 1] and
 * kept to the number box's step (0.001), as a pointer is not more precise than that.
 */
export function draggedProbability(value: number): number {
  return toSliderStep(value, 0, 1, 0.001);
}

/** Set entry `index` to `value` ∈ [0, 1] and scale the others to share 1 − value. */
export function rescaleOthers(values: readonly number[], index: number, value: number): number[] {
  const others = sum(values) - (values[index] ?? 0);
  const share = (1 - value) / (values.length - 1);
  return values.map((old, i) => {
    if (i === index) return value;
    return others > 0 ? (old * (1 - value)) / others : share;
  });
}

/**
 * Read a typed probability for entry `index`; the reason names the outcome by `label` (its
 * visible label, "p(2)" by default, or e.g. "p(x=1, y=2)" in a joint table).
 */
export function parseTypedProbability(
  raw: string,
  symbol: string,
  index: number,
  label = outcomeLabel(symbol, index),
): ParseResult<number> {
  // A number box holding text reports an empty value, so "empty" must cover both cases.
  if (raw.trim() === '')
    return {
      ok: false,
      reason: `${label} is empty or not a number: type a probability between 0 and 1.`,
    };
  const parsed = parseDecimal(raw);
  if (!parsed.ok)
    return { ok: false, reason: `${label} ${parsed.reason}: type a probability between 0 and 1.` };
  if (parsed.value < 0 || parsed.value > 1) {
    return { ok: false, reason: `${label} must be between 0 and 1, not ${raw.trim()}.` };
  }
  return parsed;
}

/** The list as a distribution, or why not (its sum, with the way out). */
export function checkDistribution(
  values: readonly number[],
  symbol: string,
): ParseResult<number[]> {
  if (isDistribution(values, LINK_SUM_TOLERANCE))
    return { ok: true, value: Array.from(normalize(values)) };
  return {
    ok: false,
    reason: `The probabilities of ${symbol} sum to ${sum(values).toPrecision(4)}, not 1. Change a value or press Normalise.`,
  };
}

/** Scale to sum 1; refused when every entry is 0. */
export function normaliseValues(values: readonly number[], symbol: string): ParseResult<number[]> {
  if (!(sum(values) > 0))
    return { ok: false, reason: `Give ${symbol} at least one positive value to normalise.` };
  return { ok: true, value: Array.from(normalize(values)) };
}

/** Append an outcome of probability 0 (up to `MAX_OUTCOMES`). */
export function addOutcome(values: readonly number[]): number[] {
  return values.length >= MAX_OUTCOMES ? [...values] : [...values, 0];
}

/** Drop the last outcome (down to `MIN_OUTCOMES`) and renormalise the rest. */
export function removeOutcome(values: readonly number[]): number[] {
  if (values.length <= MIN_OUTCOMES) return [...values];
  const rest = values.slice(0, -1);
  return sum(rest) > 0 ? Array.from(normalize(rest)) : uniform(rest.length);
}
