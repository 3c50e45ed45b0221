import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalCodewords,
  DistributionError,
  huffmanCodeLengths,
  normalize,
} from '../../src/lib/index.ts';

const isPrefixFree = (words: readonly string[]): boolean =>
  words.every((word, i) => words.every((other, j) => i === j || !other.startsWith(word)));

describe('canonicalCodewords(lengths)', () => {
  it('canonicalCodewords([1, 2, 3, 3]) is 0, 10, 110, 111', () => {
    expect(canonicalCodewords([1, 2, 3, 3])).toEqual(['0', '10', '110', '111']);
  });

  it('keeps the order of the outcomes: shorter words go to the outcomes with shorter lengths', () => {
    expect(canonicalCodewords([2, 1, 2])).toEqual(['10', '0', '11']);
  });

  it('for Huffman lengths of any q, the words have those lengths and form a prefix code', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (weights) => {
          const lengths = huffmanCodeLengths(normalize(weights));
          const words = canonicalCodewords(lengths);
          expect(words.map((word) => word.length)).toEqual(Array.from(lengths));
          expect(isPrefixFree(words)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a single outcome of length 0 gets the empty word', () => {
    expect(canonicalCodewords([0])).toEqual(['']);
  });

  it("throws DistributionError when the lengths break Kraft's inequality or are not whole numbers", () => {
    expect(() => canonicalCodewords([1, 1, 1])).toThrow(/Σ 2\^\(−ℓ\) = 1.5 > 1/);
    expect(() => canonicalCodewords([1, 1.5])).toThrow(DistributionError);
    expect(() => canonicalCodewords([1, Infinity])).toThrow(DistributionError);
  });
});
