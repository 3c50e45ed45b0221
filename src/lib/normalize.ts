import { CompensatedSum } from './compensated-sum.ts';
import { DistributionError } from './errors.ts';
import { entryError, requireNonEmpty } from './validate.ts';

/**
 * Turns non-negative weights into a probability distribution: pᵢ = wᵢ / Σⱼ wⱼ.
 *
 * The sum is compensated (Neumaier), so the result sums to 1 within a few ulps. Weights of any
 * finite size work (counts, percentages); the input is not modified.
 *
 * @returns a new `Float64Array` of the same length
 * @throws {DistributionError} weights empty; an entry NaN, ±∞ or negative; all weights 0;
 *   the sum overflows
 * @example normalize([1, 2, 1]) // => Float64Array [0.25, 0.5, 0.25]
 */
export function normalize(weights: ArrayLike<number>): Float64Array {
  requireNonEmpty('normalize', 'weights', weights);
  const sum = new CompensatedSum();
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    if (!(weight >= 0 && weight < Infinity)) throw entryError('normalize', 'weights', i, weight);
    sum.add(weight);
  }
  const total = sum.value;
  if (!(total > 0 && total < Infinity)) {
    throw new DistributionError(
      `normalize: weights sum to ${String(total)}; they need a finite, positive total`,
      { functionName: 'normalize', argument: 'weights', value: total },
    );
  }
  const probabilities = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) probabilities[i] = weights[i]! / total;
  return probabilities;
}
