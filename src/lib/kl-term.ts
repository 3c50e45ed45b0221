import { logRatio } from './log-ratio.ts';

/**
 * One term of a KL divergence written so that every term is ≥ 0 (SciPy's `kl_div`):
 *
 *   a ln(a/b) − a + b = b · φ((a − b)/b),  φ(t) = (1 + t) ln(1 + t) − t ≥ 0,
 *
 * in nats, for a, b ≥ 0. Summed over two distributions the extra −a + b terms add up to
 * Σb − Σa (0 for exact distributions), so a sum of these terms has no cancellation between
 * terms of opposite sign. Where |t| = |a − b|/b < 0.05, b · φ(t) comes from the series of φ,
 * keeping full relative accuracy when a ≈ b (where a ln(a/b) alone loses it); elsewhere the
 * term is a ln(a/b) − a + b with the logarithm from `logRatio`.
 *
 * Edges: a = 0 gives b; b = 0 < a gives +∞.
 *
 * @param relativeGap (a − b)/b when the caller can compute it more accurately than from a and b
 *   (for complements 1 − p, 1 − q it is (q − p)/(1 − q))
 * @example klDivTerm(1, 2) // => 0.3068528194400546
 */
export function klDivTerm(a: number, b: number, relativeGap = (a - b) / b): number {
  if (a === 0) return b;
  if (b === 0) return Infinity;
  if (Math.abs(relativeGap) < SERIES_LIMIT) return b * phiSeries(relativeGap);
  return a * logRatio(a, b) - a + b;
}

/** Below this |t| the series of φ is used; at 0.05 its 14 terms reach full double precision. */
const SERIES_LIMIT = 0.05;

/** φ(t) = (1 + t) ln(1 + t) − t = Σ_{k≥2} (−t)^k / (k(k − 1)), summed to k = 15 for |t| < 0.05. */
function phiSeries(t: number): number {
  let sum = 0;
  for (let k = 15; k >= 2; k--) sum = sum * -t + 1 / (k * (k - 1));
  return sum * t * t;
}
