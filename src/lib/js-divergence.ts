import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { CompensatedSum } from './compensated-sum.ts';
import { klDivTerm } from './kl-term.ts';
import { requireDistribution, requireSameLength } from './validate.ts';

/**
 * Jensen–Shannon divergence: the average KL divergence of p and q from their midpoint.
 *
 *   JS(p, q) = ½ D(p‖m) + ½ D(q‖m),  m = ½(p + q).
 *
 * Symmetric, always finite, 0 only at p = q, and at most log_b 2 (1 bit); the result is clamped
 * to [0, log_b 2] against round-off. Its square root is a metric (SciPy's `jensenshannon`
 * returns that distance, not this divergence).
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p or q empty or not a distribution (see `assertDistribution`);
 *   lengths differ; base not finite, ≤ 0 or 1
 * @example jsDivergence([1, 0], [0, 1]) // => 1
 * @example jsDivergence([0.5, 0.5], [0.75, 0.25]) // => 0.048794940695398525
 */
export function jsDivergence(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('jsDivergence', base);
  requireDistribution('jsDivergence', 'p', p);
  requireSameLength('jsDivergence', p, q);
  requireDistribution('jsDivergence', 'q', q);
  // Σ [p ln(p/m) − p + m] + [q ln(q/m) − q + m] has no negative terms; the round-off of m
  // leaves Σ (p + q − 2m) ≈ 0, added back compensated. Each step is symmetric in p and q.
  const terms = new CompensatedSum();
  const gap = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    const mi = 0.5 * pi + 0.5 * qi;
    terms.add(klDivTerm(pi, mi) + klDivTerm(qi, mi));
    gap.add(pi - mi + (qi - mi));
  }
  const nats = Math.min(Math.max(0.5 * (terms.value + gap.value), 0), Math.LN2);
  return nats === 0 ? 0 : nats / lnBase;
}
