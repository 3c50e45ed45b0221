import { DistributionError } from './errors.ts';
import type { Rng } from './rng.ts';
import { requireCount } from './scalar-checks.ts';
import { requireDistribution } from './validate.ts';

/**
 * n independent draws from a discrete distribution p over outcomes 0 … p.length − 1
 * (at most 256 outcomes, so indices fit a byte).
 *
 * Inverse-CDF sampling: draw u = rng() ∈ [0, 1) and return the first i with u < p₀ + … + pᵢ.
 * An outcome with pᵢ = 0 is never drawn; round-off that leaves u above the last cumulative sum
 * goes to the last outcome with pᵢ > 0. A seeded rng (`createRng`) makes the draws reproducible.
 *
 * @returns a `Uint8Array` of length n holding outcome indices
 * @throws {DistributionError} p not a distribution or longer than 256; n not a non-negative
 *   integer; rng returns a value outside [0, 1)
 * @example sampleCategorical([0, 1], 3, createRng(1)) // => Uint8Array [1, 1, 1]
 */
export function sampleCategorical(p: ArrayLike<number>, n: number, rng: Rng): Uint8Array {
  requireDistribution('sampleCategorical', 'p', p);
  requireCount('sampleCategorical', 'n', n);
  if (p.length > 256) {
    throw new DistributionError(`sampleCategorical: p has ${p.length} outcomes; at most 256`, {
      functionName: 'sampleCategorical',
      argument: 'p',
      value: p.length,
    });
  }
  const cumulative = new Float64Array(p.length);
  let running = 0;
  let lastPositive = 0;
  for (let i = 0; i < p.length; i++) {
    running += p[i]!;
    cumulative[i] = running;
    if (p[i]! > 0) lastPositive = i;
  }
  const draws = new Uint8Array(n);
  for (let draw = 0; draw < n; draw++) {
    const u = rng();
    if (!(u >= 0 && u < 1)) {
      throw new DistributionError(
        `sampleCategorical: rng() returned ${String(u)} at draw ${draw}; it must be in [0, 1)`,
        { functionName: 'sampleCategorical', argument: 'rng', index: draw, value: u },
      );
    }
    let outcome = 0;
    while (outcome < lastPositive && !(u < cumulative[outcome]!)) outcome++;
    draws[draw] = outcome;
  }
  return draws;
}
