import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { klDivTerm } from './kl-term.ts';
import { requireProbability } from './scalar-checks.ts';

/**
 * Binary entropy function: the entropy of a coin that lands heads with probability p.
 *
 *   H_b(p) = −p log_b p − (1 − p) log_b(1 − p),  H_b(0) = H_b(1) = 0.
 *
 * Accurate to full relative precision near both ends: it works with s = min(p, 1 − p) (1 − p is
 * exact for p ≥ ½) and ln(1 − s) = log1p(−s), so H_b(1e-300) and H_b(1 − 1e-12) keep their digits.
 * Units: bits for base 2 (the default; maximum 1 at p = ½), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p outside [0, 1] or NaN; base not finite, ≤ 0 or 1
 * @example binaryEntropy(0.5) // => 1
 * @example binaryEntropy(0.11) // => 0.499915958164528
 */
export function binaryEntropy(p: number, { base = DEFAULT_BASE }: LogBase = {}): number {
  const lnBase = naturalLogOfBase('binaryEntropy', base);
  requireProbability('binaryEntropy', 'p', p);
  const small = p <= 0.5 ? p : 1 - p;
  if (small === 0) return 0;
  const nats = -small * Math.log(small) - (1 - small) * Math.log1p(-small);
  return nats / lnBase;
}

/**
 * KL divergence between two coins, Bernoulli(p) and Bernoulli(q):
 *
 *   D(p‖q) = p log_b(p/q) + (1 − p) log_b((1 − p)/(1 − q)).
 *
 * Terms with zero weight contribute 0; `Infinity` where q = 0 < p or q = 1 > p. Never negative
 * (round-off clamped to 0); 0 only at p = q. Computed as a sum of two non-negative terms
 * (see `klDivTerm`), so it keeps full relative accuracy for p ≈ q and for tiny p and q.
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p or q outside [0, 1] or NaN; base not finite, ≤ 0 or 1
 * @example bernoulliKl(0.5, 0.75) // => 0.2075187496394219
 * @example bernoulliKl(0.5, 1) // => Infinity
 */
export function bernoulliKl(p: number, q: number, { base = DEFAULT_BASE }: LogBase = {}): number {
  const lnBase = naturalLogOfBase('bernoulliKl', base);
  requireProbability('bernoulliKl', 'p', p);
  requireProbability('bernoulliKl', 'q', q);
  // Both terms ≥ 0 (see klDivTerm); the tails term takes its relative gap from p and q directly.
  const nats = klDivTerm(p, q) + klDivTerm(1 - p, 1 - q, (q - p) / (1 - q));
  return nats > 0 ? nats / lnBase : 0;
}
