import { CompensatedSum } from './compensated-sum.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { entryError, requireNonEmpty, requireUnitSum } from './validate.ts';

/** Entries per block: summed plainly inside a block, block sums compensated across blocks. */
const BLOCK = 256;

/**
 * Shannon entropy of a discrete distribution.
 *
 *   H(p) = −Σᵢ pᵢ log_b pᵢ,  with 0 · log 0 = 0.
 *
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 * Range: 0 ≤ H(p) ≤ log_b n; 0 only for a point mass, log_b n only for the uniform. The result
 * is clamped to log_b n so round-off never pushes it above the maximum.
 * One pass validates and sums; blocks of 256 terms are summed plainly and the block sums with
 * compensation, so 10⁷ terms keep ~15 digits with no allocation.
 *
 * @throws {DistributionError} p empty; an entry NaN, ±∞, negative or > 1; Σ p off 1 by more
 *   than 1e-9; base not finite, ≤ 0 or 1
 * @example entropy([0.5, 0.5]) // => 1
 * @example entropy([0.25, 0.5, 0.25]) // => 1.5
 * @example entropy([1, 0]) // => 0
 */
export function entropy(p: ArrayLike<number>, { base = DEFAULT_BASE }: LogBase = {}): number {
  const lnBase = naturalLogOfBase('entropy', base);
  requireNonEmpty('entropy', 'p', p);
  const total = new CompensatedSum();
  const nats = new CompensatedSum();
  for (let start = 0; start < p.length; start += BLOCK) {
    const end = Math.min(p.length, start + BLOCK);
    let blockTotal = 0;
    let blockNats = 0;
    for (let i = start; i < end; i++) {
      const pi = p[i]!;
      if (!(pi >= 0 && pi <= 1)) throw entryError('entropy', 'p', i, pi);
      blockTotal += pi;
      blockNats -= pi * Math.log(pi || 1); // pᵢ = 0 takes log 1 = 0: the convention 0 · log 0 = 0
    }
    total.add(blockTotal);
    nats.add(blockNats);
  }
  requireUnitSum('entropy', 'p', total.value);
  const result = Math.min(nats.value, Math.log(p.length));
  return result === 0 ? 0 : result / lnBase;
}
