import { DistributionError } from './errors.ts';
import { requireDistribution, requireSameLength } from './validate.ts';

/**
 * Codeword lengths of the Shannon code for q: ℓᵢ = ⌈−log₂ qᵢ⌉ binary digits.
 *
 * They satisfy Kraft's inequality Σ 2^(−ℓᵢ) ≤ 1, so a prefix code with these lengths exists,
 * and for outcomes drawn from p the expected length lies in [H(p, q), H(p, q) + 1) bits — the
 * coding meaning of cross-entropy. Each ℓᵢ is the smallest integer with 2^(−ℓᵢ) ≤ qᵢ, checked
 * exactly with powers of two so round-off in log₂ never breaks Kraft's inequality.
 * A certain outcome (qᵢ = 1) needs 0 digits; an impossible one (qᵢ = 0) gets no codeword:
 * length `Infinity`.
 *
 * @returns a `Float64Array` of lengths (integers, or `Infinity`)
 * @throws {DistributionError} q empty or not a distribution (see `assertDistribution`)
 * @example shannonCodeLengths([0.5, 0.25, 0.25]) // => Float64Array [1, 2, 2]
 * @example shannonCodeLengths([0.4, 0.6, 0]) // => Float64Array [2, 1, Infinity]
 */
export function shannonCodeLengths(q: ArrayLike<number>): Float64Array {
  requireDistribution('shannonCodeLengths', 'q', q);
  const lengths = new Float64Array(q.length);
  for (let i = 0; i < q.length; i++) {
    const qi = q[i]!;
    if (qi === 0) {
      lengths[i] = Infinity;
      continue;
    }
    let length = Math.max(0, Math.ceil(-Math.log2(qi)));
    while (2 ** -length > qi) length++;
    while (length > 0 && 2 ** -(length - 1) <= qi) length--;
    lengths[i] = length;
  }
  return lengths;
}

/**
 * Expected codeword length when outcomes drawn from p are coded with the given lengths:
 *
 *   L = Σᵢ pᵢ ℓᵢ  (binary digits per outcome; terms with pᵢ = 0 contribute 0).
 *
 * `Infinity` when an outcome with pᵢ > 0 has no codeword (ℓᵢ = Infinity). The unit is bits by
 * construction: the codes here are binary, so there is no base option.
 *
 * @throws {DistributionError} p not a distribution; lengths of a different length; a length
 *   that is not a non-negative integer or `Infinity`
 * @example expectedCodeLength([0.5, 0.25, 0.25], [1, 2, 2]) // => 1.5
 */
export function expectedCodeLength(p: ArrayLike<number>, lengths: ArrayLike<number>): number {
  requireDistribution('expectedCodeLength', 'p', p);
  requireSameLength('expectedCodeLength', p, lengths, 'p', 'lengths');
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    const length = lengths[i]!;
    if (!((Number.isInteger(length) && length >= 0) || length === Infinity)) {
      throw new DistributionError(
        `expectedCodeLength: lengths[${i}] = ${String(length)} must be a non-negative integer or Infinity`,
        { functionName: 'expectedCodeLength', argument: 'lengths', index: i, value: length },
      );
    }
    const pi = p[i]!;
    if (pi > 0) total += pi * length;
  }
  return total;
}
