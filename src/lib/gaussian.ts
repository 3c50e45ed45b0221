import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { logRatio } from './log-ratio.ts';
import { requireFinite, requirePositive } from './scalar-checks.ts';

/** ½ ln(2π), the log normalising constant of the standard normal density. */
const HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Differential entropy of a normal distribution N(μ, σ²) (it does not depend on μ):
 *
 *   h = ½ log_b(2πeσ²) = log_b σ + ½ log_b(2πe).
 *
 * Unlike discrete entropy it can be negative (σ < 1/√(2πe) ≈ 0.242) and is not a count of bits.
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} sigma not a finite number > 0; base not finite, ≤ 0 or 1
 * @example gaussianEntropy(1, { base: Math.E }) // => 1.4189385332046727
 */
export function gaussianEntropy(sigma: number, { base = DEFAULT_BASE }: LogBase = {}): number {
  const lnBase = naturalLogOfBase('gaussianEntropy', base);
  requirePositive('gaussianEntropy', 'sigma', sigma);
  return (Math.log(sigma) + HALF_LN_TWO_PI + 0.5) / lnBase;
}

/**
 * Cross-entropy of N(μ₂, σ₂²) relative to N(μ₁, σ₁²), in closed form:
 *
 *   H(N₁, N₂) = log_b σ₂ + ½ log_b(2π) + [σ₁² + (μ₁ − μ₂)²] / (2σ₂²) · log_b e.
 *
 * Equals `gaussianEntropy(sigma1) + gaussianKl(...)`. Units: bits by default.
 *
 * @throws {DistributionError} mu1 or mu2 not finite; sigma1 or sigma2 not a finite number > 0;
 *   base not finite, ≤ 0 or 1
 * @example gaussianCrossEntropy(0, 1, 0, 1, { base: Math.E }) // => 1.4189385332046727
 */
export function gaussianCrossEntropy(
  mu1: number,
  sigma1: number,
  mu2: number,
  sigma2: number,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('gaussianCrossEntropy', base);
  requireGaussianPair('gaussianCrossEntropy', mu1, sigma1, mu2, sigma2);
  const sigmaRatio = sigma1 / sigma2;
  const standardisedGap = (mu1 - mu2) / sigma2;
  const nats =
    Math.log(sigma2) +
    HALF_LN_TWO_PI +
    0.5 * (sigmaRatio * sigmaRatio + standardisedGap * standardisedGap);
  return nats / lnBase;
}

/**
 * KL divergence of N(μ₂, σ₂²) from N(μ₁, σ₁²), in closed form:
 *
 *   D(N₁‖N₂) = log_b(σ₂/σ₁) + [σ₁² + (μ₁ − μ₂)²] / (2σ₂²) · log_b e − ½ log_b e.
 *
 * Written as [t − ln(1 + t)] + t²/2 + z²/2 with t = (σ₁ − σ₂)/σ₂ and z = (μ₁ − μ₂)/σ₂, so nearby
 * Gaussians keep their digits; ≥ 0, = 0 only when both parameters agree; round-off clamped to 0.
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} mu1 or mu2 not finite; sigma1 or sigma2 not a finite number > 0;
 *   base not finite, ≤ 0 or 1
 * @example gaussianKl(0, 1, 1, 1, { base: Math.E }) // => 0.5
 */
export function gaussianKl(
  mu1: number,
  sigma1: number,
  mu2: number,
  sigma2: number,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('gaussianKl', base);
  requireGaussianPair('gaussianKl', mu1, sigma1, mu2, sigma2);
  const relativeSigmaGap = (sigma1 - sigma2) / sigma2;
  const standardisedGap = (mu1 - mu2) / sigma2;
  const nats =
    relativeGapMinusLogRatio(sigma1, sigma2, relativeSigmaGap) +
    0.5 * relativeSigmaGap * relativeSigmaGap +
    0.5 * standardisedGap * standardisedGap;
  return nats > 0 ? nats / lnBase : 0;
}

/**
 * t − ln(σ₁/σ₂) with t = (σ₁ − σ₂)/σ₂, i.e. t − ln(1 + t): from its series Σ_{k≥2} (−1)^k t^k / k
 * where |t| < 0.05 (no cancellation), else with ln(σ₁/σ₂) taken from σ₁ and σ₂ themselves (a
 * ratio like 1e-400 underflows, its logarithm does not).
 */
function relativeGapMinusLogRatio(sigma1: number, sigma2: number, t: number): number {
  if (Math.abs(t) >= 0.05) return t - logRatio(sigma1, sigma2);
  let sum = 0;
  for (let k = 15; k >= 2; k--) sum = sum * -t + 1 / k;
  return sum * t * t;
}

function requireGaussianPair(
  functionName: string,
  mu1: number,
  sigma1: number,
  mu2: number,
  sigma2: number,
): void {
  requireFinite(functionName, 'mu1', mu1);
  requirePositive(functionName, 'sigma1', sigma1);
  requireFinite(functionName, 'mu2', mu2);
  requirePositive(functionName, 'sigma2', sigma2);
}

/**
 * Natural log of the normal density N(μ, σ²) at x:
 *
 *   ln f(x) = −½ ((x − μ)/σ)² − ln σ − ½ ln(2π).
 *
 * A density, not an information quantity, so it is always in natural-log units (no `base`).
 * Given as a log so that it stays exact far in the tails, where f(x) itself underflows to 0;
 * pass `{ logPdf: (x) => gaussianLogPdf(x, mu, sigma) }` to the continuous functions.
 * x = ±∞ gives −∞.
 *
 * @throws {DistributionError} mu not finite; sigma not a finite number > 0
 * @example gaussianLogPdf(0, 0, 1) // => -0.9189385332046727
 * @example gaussianLogPdf(2, 0, 1) // => -2.9189385332046727
 */
export function gaussianLogPdf(x: number, mu: number, sigma: number): number {
  requireFinite('gaussianLogPdf', 'mu', mu);
  requirePositive('gaussianLogPdf', 'sigma', sigma);
  const standardised = (x - mu) / sigma;
  return -0.5 * standardised * standardised - Math.log(sigma) - HALF_LN_TWO_PI;
}
