import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { requireDistribution, requireSameLength } from './validate.ts';

/**
 * The per-outcome terms of the cross-entropy: what each outcome contributes to H(p, q).
 *
 *   termᵢ = −pᵢ log_b qᵢ   (≥ 0);  Σᵢ termᵢ = H(p, q)
 *
 * pᵢ = 0 gives 0 (even where qᵢ = 0); qᵢ = 0 < pᵢ gives `Infinity`. `crossEntropyTerms(p, p)`
 * is the per-outcome entropy −pᵢ log pᵢ. Units: bits by default, nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p or q not a distribution; lengths differ; base invalid
 * @example crossEntropyTerms([0.5, 0.5], [0.25, 0.75]) // => Float64Array [1, 0.2075187496394219]
 */
export function crossEntropyTerms(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  { base = DEFAULT_BASE }: LogBase = {},
): Float64Array {
  const lnBase = naturalLogOfBase('crossEntropyTerms', base);
  requireDistribution('crossEntropyTerms', 'p', p);
  requireSameLength('crossEntropyTerms', p, q);
  requireDistribution('crossEntropyTerms', 'q', q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) continue;
    // 0 − x rather than −x, so a certain outcome (log 1 = 0) gives +0, never −0.
    terms[i] = qi === 0 ? Infinity : 0 - (pi * Math.log(qi)) / lnBase;
  }
  return terms;
}

/**
 * The per-outcome terms of the KL divergence: each outcome's weighted log-ratio.
 *
 *   termᵢ = pᵢ log_b(pᵢ / qᵢ);  Σᵢ termᵢ = D(p‖q) ≥ 0
 *
 * A single term is negative wherever qᵢ > pᵢ > 0 (Gibbs' inequality holds for the sum, not for
 * the terms). pᵢ = 0 gives 0; qᵢ = 0 < pᵢ gives `Infinity`. For a KL value use `klDivergence`,
 * which sums these more carefully. Units: bits by default, nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p or q not a distribution; lengths differ; base invalid
 * @example klTerms([0.5, 0.5], [0.25, 0.75]) // => Float64Array [0.5, -0.29248125036057815]
 */
export function klTerms(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  { base = DEFAULT_BASE }: LogBase = {},
): Float64Array {
  const lnBase = naturalLogOfBase('klTerms', base);
  requireDistribution('klTerms', 'p', p);
  requireSameLength('klTerms', p, q);
  requireDistribution('klTerms', 'q', q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) continue;
    terms[i] = qi === 0 ? Infinity : (pi * Math.log(pi / qi)) / lnBase;
  }
  return terms;
}
