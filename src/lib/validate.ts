import { CompensatedSum } from './compensated-sum.ts';
import { DistributionError } from './errors.ts';

/** How far from 1 the sum of a probability vector may be: |Σ pᵢ − 1| ≤ 1e-9. */
export const SUM_TOLERANCE = 1e-9;

/**
 * The error for one bad entry `vector[index] = value` of a probability or weight vector:
 * NaN, ±∞, negative, or (for probabilities) greater than 1.
 */
export function entryError(
  functionName: string,
  argument: string,
  index: number,
  value: number,
): DistributionError {
  const problem = Number.isNaN(value)
    ? 'is NaN'
    : !Number.isFinite(value)
      ? 'is not finite'
      : value < 0
        ? 'is negative; probabilities and weights must be ≥ 0'
        : 'is greater than 1, so it cannot be a probability';
  return new DistributionError(
    `${functionName}: ${argument}[${index}] = ${String(value)} ${problem}`,
    { functionName, argument, index, value },
  );
}

/** @throws {DistributionError} `vector` has no entries */
export function requireNonEmpty(
  functionName: string,
  argument: string,
  vector: ArrayLike<unknown>,
): void {
  if (vector.length === 0) {
    throw new DistributionError(
      `${functionName}: ${argument} is empty; it needs at least one outcome`,
      {
        functionName,
        argument,
      },
    );
  }
}

/** @throws {DistributionError} `other` and `reference` differ in length ("q has 3 outcomes but p has 4") */
export function requireSameLength(
  functionName: string,
  reference: ArrayLike<unknown>,
  other: ArrayLike<unknown>,
  referenceName = 'p',
  otherName = 'q',
): void {
  if (other.length !== reference.length) {
    throw new DistributionError(
      `${functionName}: ${otherName} has ${other.length} outcomes but ${referenceName} has ${reference.length}`,
      { functionName, argument: otherName, value: other.length },
    );
  }
}

/** @throws {DistributionError} |sum − 1| > {@link SUM_TOLERANCE} */
export function requireUnitSum(functionName: string, argument: string, sum: number): void {
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
    throw new DistributionError(
      `${functionName}: ${argument} sums to ${String(sum)}, not 1 (tolerance ${SUM_TOLERANCE}); ` +
        'pass weights through normalize() first',
      { functionName, argument, value: sum },
    );
  }
}

/**
 * Checks that `p` is a probability vector: non-empty, every entry finite and in [0, 1], and
 * Σ pᵢ = 1 within {@link SUM_TOLERANCE} (summed with Neumaier's compensation).
 *
 * @throws {DistributionError} naming `functionName`, `argument`, and the index and value at fault
 */
export function requireDistribution(
  functionName: string,
  argument: string,
  p: ArrayLike<number>,
): void {
  requireNonEmpty(functionName, argument, p);
  const sum = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (!(pi >= 0 && pi <= 1)) throw entryError(functionName, argument, i, pi);
    sum.add(pi);
  }
  requireUnitSum(functionName, argument, sum.value);
}

/**
 * Whether `p` is a discrete probability distribution: non-empty, every entry finite and ≥ 0,
 * and |Σ pᵢ − 1| ≤ `tolerance`. Never throws for a vector; use it to test reader input.
 *
 * @param tolerance allowed distance of the sum from 1 (default 1e-9)
 * @throws {DistributionError} tolerance is negative or NaN
 * @example isDistribution([0.25, 0.5, 0.25]) // => true
 * @example isDistribution([0.5, 0.6]) // => false
 */
export function isDistribution(p: ArrayLike<number>, tolerance = SUM_TOLERANCE): boolean {
  if (!(tolerance >= 0)) {
    throw new DistributionError(
      `isDistribution: tolerance = ${String(tolerance)} must be a number ≥ 0`,
      { functionName: 'isDistribution', argument: 'tolerance', value: tolerance },
    );
  }
  if (p.length === 0) return false;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (!(pi >= 0 && pi < Infinity)) return false;
    sum += pi;
  }
  return Math.abs(sum - 1) <= tolerance;
}

/**
 * Throws unless `p` is a discrete probability distribution: non-empty, every entry finite and
 * in [0, 1], Σ pᵢ = 1 within 1e-9. The message names the argument, the index and the value.
 *
 * @param name how the message refers to `p` (default `'p'`)
 * @throws {DistributionError} e.g. "assertDistribution: p[1] = -0.2 is negative; …"
 * @example assertDistribution([0.5, 0.5]) // => undefined (no error)
 */
export function assertDistribution(p: ArrayLike<number>, name = 'p'): void {
  requireDistribution('assertDistribution', name, p);
}
