import { describe, expect, it } from 'vitest';
import {
  assertDistribution,
  crossEntropy,
  entropy,
  isDistribution,
  jsDivergence,
  klDivergence,
  normalize,
} from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';

const uniform3 = [1 / 3, 1 / 3, 1 / 3];
const concentrated = [0.25, 0.5, 0.25];

describe('entropy', () => {
  it('entropy(p) treats 0 · log 0 as 0', () => {
    expect(entropy([0.5, 0, 0.5])).toBe(1);
  });

  it('entropy of a point mass is exactly 0', () => {
    expect(entropy([0, 1, 0])).toBe(0);
  });

  it('entropy of the uniform distribution on n outcomes is log₂ n and never exceeds it', () => {
    expectClose(entropy(uniform3), Math.log2(3), { rel: 1e-15 });
    expect(entropy(uniform3)).toBeLessThanOrEqual(Math.log(3) / Math.LN2);
    expectClose(entropy(new Float64Array(1024).fill(1 / 1024)), 10, { rel: 1e-14 });
  });

  it('entropy(p, { base: Math.E }) is in nats: ln 2 for a fair coin', () => {
    expectClose(entropy([0.5, 0.5], { base: Math.E }), Math.LN2, { rel: 1e-15 });
  });

  it('entropy accepts a Float64Array as well as a plain array', () => {
    expect(entropy(new Float64Array(concentrated))).toBe(entropy(concentrated));
  });

  it('entropy accepts a sum off 1 by at most 1e-9 and rejects more', () => {
    expect(() => entropy([0.5, 0.5 + 0.9e-9])).not.toThrow();
    expect(() => entropy([0.5, 0.5 + 1.1e-9])).toThrow(RangeError);
  });
});

describe('crossEntropy', () => {
  it('crossEntropy(p, q) is Infinity where q = 0 < p', () => {
    expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
  });

  it('crossEntropy(p, q) ignores outcomes with p = 0, even where q = 0', () => {
    expect(crossEntropy([1, 0], [1, 0])).toBe(0);
  });

  it('crossEntropy(p, p) = H(p), not 0 (the cross-entropy is minimised, not zeroed, at q = p)', () => {
    expect(crossEntropy(uniform3, uniform3)).toBe(entropy(uniform3));
    expect(crossEntropy(uniform3, uniform3)).toBeGreaterThan(1.5);
  });

  it('crossEntropy is not symmetric: H(R, S) ≠ H(S, R) in the worked example', () => {
    expectClose(crossEntropy(uniform3, concentrated), 5 / 3, { rel: 1e-15 });
    expectClose(crossEntropy(concentrated, uniform3), Math.log2(3), { rel: 1e-15 });
  });
});

describe('klDivergence', () => {
  it('klDivergence(p, q) stays positive for q within 1e-8 of p, whatever q sums to in floating point', () => {
    // q = p + (δ, −δ) with δ ≈ 2e-9: D = Σ (qᵢ − pᵢ)² / (2 pᵢ ln 2) bits to leading order; q's
    // entries sum to 1 only up to one rounding, which must not cancel a divergence this small.
    const q = [0.5000000020323201, 0.49999999796767997];
    const expected = ((q[0]! - 0.5) ** 2 / 1 + (q[1]! - 0.5) ** 2 / 1) / Math.LN2;
    expectClose(klDivergence([0.5, 0.5], q), expected, { rel: 1e-6 });
  });
  it('klDivergence(p, p) is exactly 0', () => {
    expect(klDivergence(uniform3, uniform3)).toBe(0);
    expect(klDivergence([0.1, 0.2, 0.7], [0.1, 0.2, 0.7])).toBe(0);
  });

  it('klDivergence(p, q) is Infinity where q = 0 < p', () => {
    expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
  });

  it('klDivergence(p, q) is finite where p = 0 < q', () => {
    expectClose(klDivergence([1, 0], [0.5, 0.5]), 1, { rel: 1e-15 });
  });

  it('klDivergence of the worked example is 5/3 − log₂ 3 one way and log₂ 3 − 3/2 the other', () => {
    expectClose(klDivergence(uniform3, concentrated), 5 / 3 - Math.log2(3), { rel: 1e-13 });
    expectClose(klDivergence(concentrated, uniform3), Math.log2(3) - 1.5, { rel: 1e-13 });
  });

  it('klDivergence is never negative, even for distributions that differ only by round-off', () => {
    const p = [0.1, 0.2, 0.7];
    const q = [0.1 + 2 ** -56, 0.2, 0.7 - 2 ** -56];
    expect(klDivergence(p, q)).toBeGreaterThanOrEqual(0);
    expect(klDivergence(q, p)).toBeGreaterThanOrEqual(0);
  });

  it('klDivergence keeps its digits when p ≈ q: Σ (pᵢ − qᵢ)² / (2 qᵢ ln 2) to fourth order', () => {
    // δ = 2⁻²⁰ keeps p exactly representable and summing to 1; the next term is δ⁴/(12 q³ ln 2)
    const delta = 2 ** -20;
    const p = [0.5 + delta, 0.5 - delta];
    const secondOrder = (2 * delta * delta) / (2 * 0.5) / Math.LN2;
    const fourthOrder = (2 * delta ** 4) / (12 * 0.5 ** 3) / Math.LN2;
    expectClose(klDivergence(p, [0.5, 0.5]), secondOrder + fourthOrder, { rel: 1e-14 });
  });
});

describe('jsDivergence', () => {
  it('jsDivergence of disjoint distributions is exactly 1 bit', () => {
    expect(jsDivergence([1, 0], [0, 1])).toBe(1);
  });

  it('jsDivergence is finite where KL is infinite', () => {
    expect(Number.isFinite(jsDivergence([0.5, 0.5], [1, 0]))).toBe(true);
  });

  it('jsDivergence is exactly symmetric', () => {
    expect(jsDivergence(uniform3, concentrated)).toBe(jsDivergence(concentrated, uniform3));
  });

  it('jsDivergence(p, p) is exactly 0', () => {
    expect(jsDivergence(concentrated, concentrated)).toBe(0);
  });
});

describe('normalize, isDistribution, assertDistribution', () => {
  it('normalize divides weights by their sum', () => {
    expectAllClose(normalize([1, 2, 1]), [0.25, 0.5, 0.25]);
  });

  it('normalize keeps zero weights at 0 and handles huge weights', () => {
    expectAllClose(normalize([0, 1e300, 1e300]), [0, 0.5, 0.5]);
  });

  it('normalize does not modify its input', () => {
    const weights = [3, 1];
    normalize(weights);
    expect(weights).toEqual([3, 1]);
  });

  it('isDistribution accepts a distribution and rejects everything else without throwing', () => {
    expect(isDistribution(concentrated)).toBe(true);
    expect(isDistribution([])).toBe(false);
    expect(isDistribution([0.5, 0.6])).toBe(false);
    expect(isDistribution([1.5, -0.5])).toBe(false);
    expect(isDistribution([Number.NaN, 1])).toBe(false);
    expect(isDistribution([Infinity, 1])).toBe(false);
  });

  it('isDistribution(p, tolerance) uses the given tolerance on the sum', () => {
    expect(isDistribution([0.5, 0.51], 0.02)).toBe(true);
    expect(isDistribution([0.5, 0.51])).toBe(false);
  });

  it('assertDistribution returns nothing for a distribution', () => {
    expect(assertDistribution(concentrated)).toBeUndefined();
  });
});
