import { describe, expect, it } from 'vitest';
import {
  bernoulliKl,
  createRng,
  llrPath,
  logLikelihoodRatio,
  tossCoins,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('logLikelihoodRatio', () => {
  it('logLikelihoodRatio is finite and correct at n = 10⁶, where the likelihoods underflow', () => {
    const n = 1_000_000;
    const k = 500_176;
    expect(0.5 ** k * 0.5 ** (n - k)).toBe(0);
    const expected = k * Math.log2(0.5 / 0.75) + (n - k) * Math.log2(0.5 / 0.25);
    expectClose(logLikelihoodRatio(k, n, 0.5, 0.75), expected, { rel: 1e-12 });
  });

  it('logLikelihoodRatio(k, n, p, p) is exactly 0', () => {
    expect(logLikelihoodRatio(3, 10, 0.3, 0.3)).toBe(0);
  });

  it('logLikelihoodRatio with no tosses is 0', () => {
    expect(logLikelihoodRatio(0, 0, 0.2, 0.9)).toBe(0);
  });

  it('logLikelihoodRatio is +Infinity for a sequence impossible under q only, −Infinity under p only', () => {
    expect(logLikelihoodRatio(1, 3, 0.5, 0)).toBe(Infinity);
    expect(logLikelihoodRatio(1, 3, 0, 0.5)).toBe(-Infinity);
  });

  it('logLikelihoodRatio ignores an outcome that never occurred even if its probability is 0', () => {
    expectClose(logLikelihoodRatio(0, 4, 0, 0.5), 4, { rel: 1e-15 });
  });
});

describe('llrPath', () => {
  it('llrPath(tosses)[i − 1] = logLikelihoodRatio(heads in the first i, i) / i', () => {
    const tosses = tossCoins(200, 0.5, createRng(3));
    const path = llrPath(tosses, 0.5, 0.75);
    let heads = 0;
    tosses.forEach((toss, i) => {
      heads += toss;
      expectClose(path[i]!, logLikelihoodRatio(heads, i + 1, 0.5, 0.75) / (i + 1), {
        rel: 1e-15,
        abs: 1e-16,
      });
    });
  });

  it('llrPath of 10⁶ tosses of the p coin ends near D(p‖q)', () => {
    const path = llrPath(tossCoins(1_000_000, 0.5, createRng(2024)), 0.5, 0.75);
    // the standard deviation of the final value is 1.58 bits / √10⁶ ≈ 0.0016; allow 5 of them
    expect(Math.abs(path.at(-1)! - bernoulliKl(0.5, 0.75))).toBeLessThan(0.008);
  });

  it('llrPath of no tosses is empty', () => {
    expect(llrPath([], 0.5, 0.6)).toEqual(new Float64Array(0));
  });
});
