import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { requireDistribution, requireSameLength } from './validate.ts';

/**
 * Cross-entropy of q relative to p: the expected code length for outcomes drawn from p when
 * the code is optimal for q.
 *
 *   H(p, q) = −Σᵢ pᵢ log_b qᵢ
 *
 * Terms with pᵢ = 0 contribute 0 (even where qᵢ = 0); the result is `Infinity` where
 * qᵢ = 0 < pᵢ. H(p, q) = H(p) + D(p‖q) ≥ H(p), with equality only at q = p; it is 0 only when
 * p and q are the same point mass.
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p or q empty or not a distribution (see `assertDistribution`);
 *   lengths differ; base not finite, ≤ 0 or 1
 * @example crossEntropy([1/3, 1/3, 1/3], [0.25, 0.5, 0.25]) // => 1.6666666666666667
 * @example crossEntropy([0.5, 0.5], [1, 0]) // => Infinity
 */
export function crossEntropy(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('crossEntropy', base);
  requireDistribution('crossEntropy', 'p', p);
  requireSameLength('crossEntropy', p, q);
  requireDistribution('crossEntropy', 'q', q);
  let nats = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    if (pi > 0) {
      const qi = q[i]!;
      if (qi === 0) return Infinity;
      nats -= pi * Math.log(qi);
    }
  }
  return nats === 0 ? 0 : nats / lnBase;
}
