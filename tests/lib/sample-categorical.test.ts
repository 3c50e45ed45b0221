import { describe, expect, it } from 'vitest';
import { createRng, DistributionError, sampleCategorical } from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

const counts = (draws: Uint8Array, outcomes: number): number[] => {
  const tally = new Array<number>(outcomes).fill(0);
  for (const draw of draws) tally[draw]! += 1;
  return tally;
};

describe('sampleCategorical(p, n, rng)', () => {
  it('the same seed gives the same draws', () => {
    const p = [0.2, 0.3, 0.5];
    expect(sampleCategorical(p, 1000, createRng(7))).toEqual(
      sampleCategorical(p, 1000, createRng(7)),
    );
  });

  it('frequencies approach p: within 5 standard errors at n = 100 000', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    const n = 100_000;
    const tally = counts(sampleCategorical(p, n, createRng(42)), p.length);
    p.forEach((pi, i) =>
      expectClose(tally[i]! / n, pi, { abs: 5 * Math.sqrt((pi * (1 - pi)) / n) }),
    );
  });

  it('never draws an outcome of probability 0, even at the ends of the list', () => {
    const tally = counts(sampleCategorical([0, 0.5, 0, 0.5, 0], 10_000, createRng(3)), 5);
    expect([tally[0], tally[2], tally[4]]).toEqual([0, 0, 0]);
  });

  it('a point mass gives that outcome every time; n = 0 gives no draws', () => {
    expect(Array.from(sampleCategorical([0, 1, 0], 5, createRng(1)))).toEqual([1, 1, 1, 1, 1]);
    expect(sampleCategorical([0.5, 0.5], 0, createRng(1))).toHaveLength(0);
  });

  it('an rng value of 0.999… just below 1 lands on the last positive outcome', () => {
    expect(Array.from(sampleCategorical([0.7, 0.3, 0], 1, () => 1 - 2 ** -53))).toEqual([1]);
  });

  it('throws DistributionError for a bad p, a bad n, or an rng outside [0, 1)', () => {
    expect(() => sampleCategorical([0.5, 0.6], 1, createRng(1))).toThrow(DistributionError);
    expect(() => sampleCategorical([0.5, 0.5], 1.5, createRng(1))).toThrow(/n = 1.5/);
    expect(() => sampleCategorical([0.5, 0.5], 1, () => 1)).toThrow(/rng\(\) returned 1/);
  });
});
