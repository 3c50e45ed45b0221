import { describe, expect, it } from 'vitest';
import {
  bernoulliKl,
  binaryEntropy,
  entropy,
  gaussianCrossEntropy,
  gaussianEntropy,
  gaussianKl,
  gaussianLogPdf,
  integrate,
  klDivergence,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('binaryEntropy', () => {
  it('binaryEntropy(0) and binaryEntropy(1) are exactly 0', () => {
    expect(binaryEntropy(0)).toBe(0);
    expect(binaryEntropy(1)).toBe(0);
  });

  it('binaryEntropy(½) is exactly 1 bit', () => {
    expect(binaryEntropy(0.5)).toBe(1);
  });

  it('binaryEntropy(p) = entropy([p, 1 − p])', () => {
    expectClose(binaryEntropy(0.11), entropy([0.11, 0.89]), { rel: 1e-15 });
  });

  it('binaryEntropy is symmetric: H_b(p) = H_b(1 − p) where 1 − p is exact', () => {
    expect(binaryEntropy(0.75)).toBe(binaryEntropy(0.25));
  });

  it('binaryEntropy(1e-300) ≈ p·(log₂(1/p) + log₂ e), not 0 (no underflow of the second term)', () => {
    const p = 1e-300;
    expectClose(binaryEntropy(p), p * (-Math.log2(p) + Math.LOG2E), { rel: 1e-14 });
  });
});

describe('bernoulliKl', () => {
  it('bernoulliKl(p, p) is exactly 0', () => {
    expect(bernoulliKl(0.3, 0.3)).toBe(0);
    expect(bernoulliKl(0, 0)).toBe(0);
    expect(bernoulliKl(1, 1)).toBe(0);
  });

  it('bernoulliKl is Infinity where the coin q can never show an outcome p can', () => {
    expect(bernoulliKl(0.5, 0)).toBe(Infinity);
    expect(bernoulliKl(0.5, 1)).toBe(Infinity);
  });

  it('bernoulliKl(0, q) = −log₂(1 − q): only the tails term remains', () => {
    expectClose(bernoulliKl(0, 0.75), 2, { rel: 1e-15 });
  });

  it('bernoulliKl(p, q) = klDivergence([p, 1 − p], [q, 1 − q])', () => {
    expectClose(bernoulliKl(0.5, 0.75), klDivergence([0.5, 0.5], [0.75, 0.25]), { rel: 1e-15 });
  });
});

describe('Gaussian closed forms', () => {
  it('gaussianEntropy(σ) = ½ log₂(2πeσ²) and is negative below σ = 1/√(2πe)', () => {
    expectClose(gaussianEntropy(2), 0.5 * Math.log2(2 * Math.PI * Math.E * 4), { rel: 1e-15 });
    expect(gaussianEntropy(0.2)).toBeLessThan(0);
    expect(gaussianEntropy(0.25)).toBeGreaterThan(0);
  });

  it('gaussianLogPdf stays finite far in the tails, where the density itself underflows to 0', () => {
    expect(Math.exp(gaussianLogPdf(40, 0, 1))).toBe(0);
    expectClose(gaussianLogPdf(40, 0, 1), -800 - 0.5 * Math.log(2 * Math.PI), { rel: 1e-15 });
    expect(gaussianLogPdf(Infinity, 0, 1)).toBe(-Infinity);
  });

  it('exp(gaussianLogPdf) integrates to 1', () => {
    const area = integrate((x) => Math.exp(gaussianLogPdf(x, 1.5, 0.3)), -10, 10);
    expectClose(area, 1, { rel: 1e-12 });
  });

  it('gaussianCrossEntropy = gaussianEntropy + gaussianKl', () => {
    expectClose(gaussianCrossEntropy(1, 2, -1, 3), gaussianEntropy(2) + gaussianKl(1, 2, -1, 3), {
      rel: 1e-15,
    });
  });

  it('gaussianKl of identical Gaussians is exactly 0', () => {
    expect(gaussianKl(3, 0.5, 3, 0.5)).toBe(0);
  });

  it('gaussianKl keeps its digits for nearly equal σ: ≈ (Δσ/σ)² in nats', () => {
    const t = 2 ** -30;
    // t − ln(1 + t) + t²/2 = t² − t³/3 + t⁴/4 …
    expectClose(gaussianKl(0, 1 + t, 0, 1, { base: Math.E }), t * t - t ** 3 / 3, { rel: 1e-12 });
  });

  it('gaussianKl does not overflow for extreme but valid parameters', () => {
    expect(Number.isFinite(gaussianKl(0, 1e-200, 0, 1e200))).toBe(true);
  });
});
