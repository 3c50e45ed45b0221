import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  crossEntropyTerms,
  DistributionError,
  entropy,
  klDivergence,
  klTerms,
  normalize,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

/** Strictly positive distributions (finite terms everywhere) of one shared length. */
const positivePair = fc.integer({ min: 2, max: 10 }).chain((length) => {
  const positive = fc.array(fc.double({ min: 1e-3, max: 1, noNaN: true }), {
    minLength: length,
    maxLength: length,
  });
  return fc.tuple(
    positive.map((w) => Array.from(normalize(w))),
    positive.map((w) => Array.from(normalize(w))),
  );
});

const sum = (terms: Float64Array): number => terms.reduce((total, term) => total + term, 0);

describe('crossEntropyTerms(p, q) and klTerms(p, q)', () => {
  it('the cross-entropy terms add up to crossEntropy, the KL terms to klDivergence', () => {
    fc.assert(
      fc.property(positivePair, ([p, q]) => {
        expectClose(sum(crossEntropyTerms(p, q)), crossEntropy(p, q), { rel: 1e-12, abs: 1e-14 });
        expectClose(sum(klTerms(p, q)), klDivergence(p, q), { abs: 1e-12 });
      }),
      { numRuns: 300 },
    );
  });

  it('each outcome splits as −p log q = −p log p + p log(p/q), in bits and in nats', () => {
    fc.assert(
      fc.property(positivePair, ([p, q]) => {
        for (const base of [2, Math.E]) {
          const total = crossEntropyTerms(p, q, { base });
          const entropyPart = crossEntropyTerms(p, p, { base });
          const klPart = klTerms(p, q, { base });
          total.forEach((term, i) =>
            expectClose(term, entropyPart[i]! + klPart[i]!, { rel: 1e-12, abs: 1e-14 }),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('crossEntropyTerms(p, p) adds up to entropy(p)', () => {
    const p = [0.5, 0.25, 0.125, 0.125];
    expectClose(sum(crossEntropyTerms(p, p)), entropy(p), { rel: 1e-15 });
  });

  it('a single KL term is negative where q(x) > p(x); the worked example has one', () => {
    const terms = klTerms([1 / 3, 1 / 3, 1 / 3], [0.25, 0.5, 0.25]);
    expect(terms[1]).toBeLessThan(0);
    expect(sum(terms)).toBeGreaterThan(0);
  });

  it('p(x) = 0 gives a 0 term even where q(x) = 0; q(x) = 0 < p(x) gives Infinity', () => {
    expect(Array.from(crossEntropyTerms([0, 1], [0, 1]))).toEqual([0, 0]);
    expect(Array.from(klTerms([0, 1], [0.5, 0.5]))).toEqual([0, 1]);
    expect(crossEntropyTerms([0.5, 0.5], [1, 0])[1]).toBe(Infinity);
    expect(klTerms([0.5, 0.5], [1, 0])[1]).toBe(Infinity);
  });

  it('throws DistributionError for different lengths or a p that is not a distribution', () => {
    expect(() => klTerms([0.5, 0.5], [1 / 3, 1 / 3, 1 / 3])).toThrow(
      /q has 3 outcomes but p has 2/,
    );
    expect(() => crossEntropyTerms([-0.2, 1.2], [0.5, 0.5])).toThrow(DistributionError);
  });
});
