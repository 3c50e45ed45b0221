import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  entropy,
  expectedCodeLength,
  huffmanCodeLengths,
  shannonCodeLengths,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { loadFixture } from './fixture-data.ts';

interface CodingCase {
  readonly q: number[];
  readonly huffmanExpectedLength: number;
  readonly shannonLengths: number[];
}

const { cases } = loadFixture<{ cases: CodingCase[] }>('coding.json');

function kraftSum(lengths: ArrayLike<number>): number {
  return Array.from(lengths, (length) => 2 ** -length).reduce((sum, term) => sum + term, 0);
}

describe('codes agree with an independent Python Huffman and ceil(−log₂ q)', () => {
  it.each(cases)(
    'huffmanCodeLengths is optimal for q of length $q.length: %#',
    ({ q, huffmanExpectedLength }) => {
      expectClose(expectedCodeLength(q, huffmanCodeLengths(q)), huffmanExpectedLength, {
        rel: 1e-14,
      });
    },
  );

  it.each(cases)(
    'shannonCodeLengths = ceil(−log₂ q) for q of length $q.length: %#',
    ({ q, shannonLengths }) => {
      expect(Array.from(shannonCodeLengths(q))).toEqual(shannonLengths);
    },
  );
});

describe('coding view of entropy and cross-entropy', () => {
  it('huffmanCodeLengths of a dyadic distribution are −log₂ q exactly', () => {
    expect(Array.from(huffmanCodeLengths([0.5, 0.25, 0.125, 0.125]))).toEqual([1, 2, 3, 3]);
  });

  it('huffmanCodeLengths breaks ties deterministically, lower index first', () => {
    expect(Array.from(huffmanCodeLengths([0.25, 0.25, 0.25, 0.25]))).toEqual([2, 2, 2, 2]);
    expect(Array.from(huffmanCodeLengths([0.2, 0.2, 0.2, 0.2, 0.2]))).toEqual([3, 3, 2, 2, 2]);
  });

  it('huffmanCodeLengths gives a single outcome length 0', () => {
    expect(Array.from(huffmanCodeLengths([1]))).toEqual([0]);
  });

  it('huffmanCodeLengths still gives zero-probability outcomes a codeword, and Kraft holds with equality', () => {
    const lengths = huffmanCodeLengths([0.5, 0, 0.5, 0]);
    expect(Array.from(lengths).every(Number.isFinite)).toBe(true);
    expect(kraftSum(lengths)).toBe(1);
  });

  it('shannonCodeLengths gives a zero-probability outcome no codeword (Infinity)', () => {
    expect(Array.from(shannonCodeLengths([0.4, 0.6, 0]))).toEqual([2, 1, Infinity]);
  });

  it('shannonCodeLengths never breaks Kraft, even just below a power of two', () => {
    const justBelow = 0.25 * (1 - Number.EPSILON);
    const q = [justBelow, justBelow, justBelow, 1 - 3 * justBelow];
    const lengths = shannonCodeLengths(q);
    expect(lengths[0]).toBe(3);
    expect(kraftSum(lengths)).toBeLessThanOrEqual(1);
  });

  it('expectedCodeLength of the Shannon code for q lies in [H(p, q), H(p, q) + 1)', () => {
    const p = [0.3, 0.4, 0.3];
    const q = [0.1, 0.8, 0.1];
    const length = expectedCodeLength(p, shannonCodeLengths(q));
    expect(length).toBeGreaterThanOrEqual(crossEntropy(p, q));
    expect(length).toBeLessThan(crossEntropy(p, q) + 1);
  });

  it('expectedCodeLength is Infinity when an outcome with p > 0 has no codeword', () => {
    expect(expectedCodeLength([0.5, 0.5], [1, Infinity])).toBe(Infinity);
    expect(expectedCodeLength([1, 0], [1, Infinity])).toBe(1);
  });

  it('huffmanCodeLengths of a dyadic distribution reach the entropy', () => {
    const q = [0.5, 0.25, 0.125, 0.125];
    expect(expectedCodeLength(q, huffmanCodeLengths(q))).toBe(entropy(q));
  });
});
