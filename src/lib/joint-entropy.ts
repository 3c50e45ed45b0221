import { CompensatedSum } from './compensated-sum.ts';
import { requireJointDistribution, type JointDistribution } from './joint-table.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';

/**
 * Joint entropy of two discrete variables: the entropy of their joint distribution, read as one
 * distribution over the pairs (x, y).
 *
 *   H(X,Y) = −Σₓ Σᵧ p(x, y) log_b p(x, y),  with 0 · log 0 = 0.
 *
 * Not to be confused with the cross-entropy H(p, q) of two distributions of one variable: the
 * comma here joins two variables. Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 * Range: max(H(X), H(Y)) ≤ H(X,Y) ≤ H(X) + H(Y) ≤ log_b(rows · columns); the result is clamped
 * to log_b(rows · columns) so round-off never pushes it past the maximum.
 *
 * @throws {DistributionError} joint empty or ragged; an entry NaN, ±∞, negative or > 1; the
 *   entries not summing to 1 within 1e-9; base not finite, ≤ 0 or 1
 * @example jointEntropy([[0.25, 0.25], [0.25, 0.25]]) // => 2
 * @example jointEntropy([[0.5, 0], [0, 0.5]]) // => 1
 */
export function jointEntropy(
  joint: JointDistribution,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('jointEntropy', base);
  const { rows, columns } = requireJointDistribution('jointEntropy', joint);
  const nats = new CompensatedSum();
  for (const row of joint) {
    for (let j = 0; j < columns; j++) {
      const entry = row[j]!;
      nats.add(-entry * Math.log(entry || 1)); // p = 0 takes log 1 = 0: 0 · log 0 = 0
    }
  }
  const result = Math.min(nats.value, Math.log(rows * columns));
  return result === 0 ? 0 : result / lnBase;
}
