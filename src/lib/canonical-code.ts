import { DistributionError } from './errors.ts';

/**
 * Binary codewords of the canonical prefix code with the given codeword lengths (as from
 * `huffmanCodeLengths`): outcomes sorted by (length, index) get consecutive binary numbers,
 * shifted left whenever the length grows. Any lengths that satisfy Kraft's inequality
 * Σ 2^(−ℓᵢ) ≤ 1 give a prefix code (no codeword starts another); the lengths fix how much a
 * code costs, the canonical order only picks which words.
 *
 * A length of 0 (a single certain outcome) gives the empty word "".
 *
 * @returns one string of '0'/'1' per outcome, in the order of `lengths`
 * @throws {DistributionError} a length not an integer in [0, 52]; Kraft's inequality violated
 * @example canonicalCodewords([1, 2, 3, 3]) // => ['0', '10', '110', '111']
 */
export function canonicalCodewords(lengths: ArrayLike<number>): string[] {
  let kraftSum = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (!(Number.isInteger(length) && length >= 0 && length <= 52)) {
      throw new DistributionError(
        `canonicalCodewords: lengths[${i}] = ${String(length)} must be an integer in [0, 52]`,
        { functionName: 'canonicalCodewords', argument: 'lengths', index: i, value: length },
      );
    }
    kraftSum += 2 ** -length;
  }
  if (kraftSum > 1) {
    throw new DistributionError(
      `canonicalCodewords: Σ 2^(−ℓ) = ${String(kraftSum)} > 1, so no prefix code has these lengths`,
      { functionName: 'canonicalCodewords', argument: 'lengths', value: kraftSum },
    );
  }
  const order = Array.from({ length: lengths.length }, (_, i) => i).sort(
    (a, b) => lengths[a]! - lengths[b]! || a - b,
  );
  const words = new Array<string>(lengths.length).fill('');
  let code = 0;
  let previousLength = 0;
  for (const outcome of order) {
    const length = lengths[outcome]!;
    code *= 2 ** (length - previousLength);
    words[outcome] = length === 0 ? '' : code.toString(2).padStart(length, '0');
    code += 1;
    previousLength = length;
  }
  return words;
}
