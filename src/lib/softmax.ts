import { entryError, requireNonEmpty } from './validate.ts';

/**
 * Softmax: turns logits (unnormalised log-probabilities) into a probability distribution.
 *
 *   softmax(x)ᵢ = exp(xᵢ − m) / Σⱼ exp(xⱼ − m),  m = maxⱼ xⱼ.
 *
 * Shifting by the maximum changes nothing mathematically but keeps every exponent ≤ 0, so
 * logits like ±1000 give finite, exact results instead of ∞/∞. Adding a constant to every
 * logit leaves the result unchanged.
 *
 * @returns a new `Float64Array` that sums to 1 (within round-off)
 * @throws {DistributionError} logits empty; an entry NaN or ±∞
 * @example softmax([2, 2, 2, 2]) // => Float64Array [0.25, 0.25, 0.25, 0.25]
 * @example softmax([1000, -1000]) // => Float64Array [1, 0]
 */
export function softmax(logits: ArrayLike<number>): Float64Array {
  const max = checkedMax('softmax', logits);
  const probabilities = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const shifted = Math.exp(logits[i]! - max);
    probabilities[i] = shifted;
    sum += shifted;
  }
  for (let i = 0; i < probabilities.length; i++) probabilities[i]! /= sum;
  return probabilities;
}

/**
 * Log-softmax: the natural logarithms of `softmax(logits)`, computed without forming them.
 *
 *   logSoftmax(x)ᵢ = (xᵢ − m) − ln Σⱼ exp(xⱼ − m),  m = maxⱼ xⱼ.
 *
 * Always finite for finite logits (a class far below the others gets a large negative value
 * where softmax would underflow to 0). Values are in nats and ≤ 0.
 *
 * @returns a new `Float64Array`
 * @throws {DistributionError} logits empty; an entry NaN or ±∞
 * @example logSoftmax([1000, -1000]) // => Float64Array [0, -2000]
 */
export function logSoftmax(logits: ArrayLike<number>): Float64Array {
  return logSoftmaxOf('logSoftmax', 'logits', logits);
}

/** {@link logSoftmax} with the calling function and argument named in its errors. */
export function logSoftmaxOf(
  functionName: string,
  argument: string,
  logits: ArrayLike<number>,
): Float64Array {
  const max = checkedMax(functionName, logits, argument);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i]! - max);
  const logSum = Math.log(sum);
  const result = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) result[i] = logits[i]! - max - logSum;
  return result;
}

/** max(logits), after checking that logits is non-empty and finite. */
function checkedMax(functionName: string, logits: ArrayLike<number>, argument = 'logits'): number {
  requireNonEmpty(functionName, argument, logits);
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) {
    const logit = logits[i]!;
    if (!Number.isFinite(logit)) throw entryError(functionName, argument, i, logit);
    if (logit > max) max = logit;
  }
  return max;
}
