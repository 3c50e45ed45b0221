import { describe, expect, it } from 'vitest';
import {
  continuousCrossEntropy,
  continuousKl,
  differentialEntropy,
  gaussianCrossEntropy,
  gaussianEntropy,
  gaussianKl,
  integrate,
  type Density,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

function normalLog(mu: number, sigma: number): Density {
  const halfLnTwoPi = 0.5 * Math.log(2 * Math.PI);
  return { logPdf: (x) => -0.5 * ((x - mu) / sigma) ** 2 - Math.log(sigma) - halfLnTwoPi };
}

function normalPdf(mu: number, sigma: number): Density {
  return (x) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
}

const pairs: [number, number, number, number][] = [
  [0, 1, 0, 1],
  [0, 1, 1, 2],
  [0, 3, 1, 0.5],
  [2, 0.1, -1, 5],
  [0, 1, 0, 1.001],
];

describe('continuous functions agree with the Gaussian closed forms to 1e-9 relative', () => {
  it.each(pairs)('N(%d, %d²) against N(%d, %d²) on (−∞, ∞), log-densities', (mu1, s1, mu2, s2) => {
    const p = normalLog(mu1, s1);
    const q = normalLog(mu2, s2);
    expectClose(differentialEntropy(p, -Infinity, Infinity), gaussianEntropy(s1), { rel: 1e-9 });
    expectClose(
      continuousCrossEntropy(p, q, -Infinity, Infinity),
      gaussianCrossEntropy(mu1, s1, mu2, s2),
      { rel: 1e-9 },
    );
    expectClose(continuousKl(p, q, -Infinity, Infinity), gaussianKl(mu1, s1, mu2, s2), {
      rel: 1e-9,
      abs: 1e-15,
    });
  });

  it.each(pairs.filter(([, s1, , s2]) => s1 <= s2))(
    'N(%d, %d²) against N(%d, %d²) with plain pdfs on μ₁ ± 40σ₁',
    (mu1, s1, mu2, s2) => {
      const p = normalPdf(mu1, s1);
      const q = normalPdf(mu2, s2);
      const [a, b] = [mu1 - 40 * s1, mu1 + 40 * s1];
      expectClose(differentialEntropy(p, a, b), gaussianEntropy(s1), { rel: 1e-9 });
      expectClose(continuousKl(p, q, a, b), gaussianKl(mu1, s1, mu2, s2), {
        rel: 1e-9,
        abs: 1e-15,
      });
    },
  );
});

describe('integrate', () => {
  it('integrate is exact for polynomials of degree ≤ 21 (one Kronrod panel)', () => {
    expectClose(
      integrate((x) => x ** 7 - 3 * x ** 2, -1, 2),
      2 ** 8 / 8 - 1 / 8 - (8 + 1),
      { rel: 1e-15 },
    );
  });

  it('integrate over [a, ∞) and (−∞, b] maps the infinite limit away', () => {
    expectClose(
      integrate((x) => Math.exp(-x), 0, Infinity),
      1,
      { rel: 1e-12 },
    );
    expectClose(
      integrate((x) => Math.exp(x), -Infinity, 0),
      1,
      { rel: 1e-12 },
    );
  });

  it('integrate(f, b, a) = −integrate(f, a, b) and integrate(f, a, a) = 0', () => {
    expect(integrate(Math.cos, 1, 0)).toBe(-integrate(Math.cos, 0, 1));
    expect(integrate(Math.cos, 2, 2)).toBe(0);
  });

  it('integrate returns Infinity when the integrand is +∞ at a node', () => {
    expect(integrate(() => Infinity, 0, 1)).toBe(Infinity);
  });

  it('continuousKl is Infinity where q vanishes on part of the support of p', () => {
    const uniform01: Density = (x) => (x >= 0 && x <= 1 ? 1 : 0);
    const uniformHalf: Density = (x) => (x >= 0 && x <= 0.5 ? 2 : 0);
    expect(continuousKl(uniform01, uniformHalf, 0, 1)).toBe(Infinity);
    expectClose(continuousKl(uniformHalf, uniform01, 0, 1), 1, { rel: 1e-12 });
  });

  it('differentialEntropy of the uniform density on [0, ½] is −1 bit (negative)', () => {
    expectClose(
      differentialEntropy(() => 2, 0, 0.5),
      -1,
      { rel: 1e-15 },
    );
  });
});
