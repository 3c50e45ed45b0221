import { DistributionError } from './errors.ts';
import type { Rng } from './rng.ts';
import { requireCount, requireProbability } from './scalar-checks.ts';

/**
 * n independent tosses of a coin that lands heads with probability pHeads.
 *
 * Toss i is heads (1) when rng() < pHeads, else tails (0); with an rng in [0, 1) (as from
 * `createRng`) p = 0 gives only tails and p = 1 only heads, exactly. A seeded rng makes the
 * sequence reproducible.
 *
 * @returns a `Uint8Array` of length n holding 1 (heads) and 0 (tails)
 * @throws {DistributionError} n not a non-negative integer; pHeads outside [0, 1]; rng returns
 *   a value outside [0, 1)
 * @example tossCoins(4, 1, createRng(7)) // => Uint8Array [1, 1, 1, 1]
 */
export function tossCoins(n: number, pHeads: number, rng: Rng): Uint8Array {
  requireCount('tossCoins', 'n', n);
  requireProbability('tossCoins', 'pHeads', pHeads);
  const tosses = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng();
    if (!(u >= 0 && u < 1)) {
      throw new DistributionError(
        `tossCoins: rng() returned ${String(u)} at toss ${i}; it must be in [0, 1)`,
        {
          functionName: 'tossCoins',
          argument: 'rng',
          index: i,
          value: u,
        },
      );
    }
    tosses[i] = u < pHeads ? 1 : 0;
  }
  return tosses;
}
