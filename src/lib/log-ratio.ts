/** The smallest positive normal double; below it a quotient keeps fewer than 53 bits. */
const SMALLEST_NORMAL = 2 ** -1022;

/**
 * ln(a / b) for a, b ≥ 0, accurate where a naive `Math.log(a / b)` is not.
 *
 * - a ≈ b (ratio in (½, 2)): ln(1 + (a − b)/b) with `log1p`; a − b is exact there (Sterbenz),
 *   so the result keeps full relative accuracy (log-likelihood ratios of similar coins).
 * - a / b overflows or falls below the smallest normal number 2⁻¹⁰²² (where it would lose
 *   digits): ln a − ln b, which stays finite and accurate.
 * - b = 0 < a: +∞; a = 0 < b: −∞; a = b = 0: NaN (callers give zero-weight terms the value 0).
 *
 * @example logRatio(4, 1) // => 1.3862943611198906
 */
export function logRatio(a: number, b: number): number {
  const ratio = a / b;
  if (ratio > 0.5 && ratio < 2) return Math.log1p((a - b) / b);
  if (ratio >= SMALLEST_NORMAL && ratio < Infinity) return Math.log(ratio);
  return Math.log(a) - Math.log(b);
}

/**
 * ln((1 − a) / (1 − b)) for probabilities a, b, without losing the digits of a and b when they
 * are tiny: log1p((b − a)/(1 − b)) while that argument is small, else the ratio of the
 * complements (1 − a is exact for a ≥ ½). Gives +∞ for b = 1 > a and −∞ for a = 1 > b.
 *
 * @example complementLogRatio(0, 0.75) // => 1.3862943611198906
 */
export function complementLogRatio(a: number, b: number): number {
  const relative = (b - a) / (1 - b);
  if (Math.abs(relative) < 0.5) return Math.log1p(relative);
  return logRatio(1 - a, 1 - b);
}
