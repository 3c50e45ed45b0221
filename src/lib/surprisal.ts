import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { requireProbability } from './scalar-checks.ts';

/**
 * Surprisal (self-information, information content) of an outcome that has probability p:
 * how surprised, in bits, one is to see it.
 *
 *   I(p) = −log_b p,  I(1) = 0,  I(0) = ∞.
 *
 * Additive over independent outcomes: I(p·q) = I(p) + I(q). Entropy is its expectation:
 * H(p) = Σᵢ pᵢ I(pᵢ). Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} p outside [0, 1] or NaN; base not finite, ≤ 0 or 1
 * @example surprisal(0.5) // => 1
 * @example surprisal(0.125) // => 3
 * @example surprisal(0) // => Infinity
 */
export function surprisal(p: number, { base = DEFAULT_BASE }: LogBase = {}): number {
  const lnBase = naturalLogOfBase('surprisal', base);
  requireProbability('surprisal', 'p', p);
  if (p === 0) return Infinity;
  return p === 1 ? 0 : -Math.log(p) / lnBase;
}
