import { describe, expect, it } from 'vitest';
import { bernoulliKl, DistributionError, steinTest } from '../../src/lib/index.ts';

/** Binomial probability by direct product (small n only). */
function pmf(k: number, n: number, s: number): number {
  let choose = 1;
  for (let i = 1; i <= k; i++) choose = (choose * (n - k + i)) / i;
  return choose * s ** k * (1 - s) ** (n - k);
}

describe('steinTest', () => {
  it('matches a direct computation: the largest tail of low log-ratios within alpha', () => {
    for (const [n, p, q, a] of [
      [8, 0.5, 0.75, 0.1],
      [12, 0.7, 0.4, 0.05],
      [5, 0.2, 0.9, 0.3],
    ] as const) {
      const result = steinTest(n, p, q, a, { base: Math.E });
      const ks = Array.from({ length: n + 1 }, (_, k) => k);
      const llr = (k: number) => k * Math.log(p / q) + (n - k) * Math.log((1 - p) / (1 - q));
      const sorted = [...ks].sort((x, y) => llr(x) - llr(y));
      let size = 0;
      let count = 0;
      while (count <= n && size + pmf(sorted[count]!, n, p) <= a)
        size += pmf(sorted[count++]!, n, p);
      expect(result.rejected).toEqual(sorted.slice(0, count));
      expect(result.alpha).toBeCloseTo(size, 14);
      const beta = sorted.slice(count).reduce((s, k) => s + pmf(k, n, q), 0);
      expect(result.logBeta).toBeCloseTo(Math.log(beta), 12);
      expect(result.exponent).toBeCloseTo(-Math.log(beta) / n, 12);
      expect(result.alpha).toBeLessThanOrEqual(a);
    }
  });

  it('its exponent approaches D(p‖q) from below as n grows (Stein), with no underflow', () => {
    const d = bernoulliKl(0.5, 0.75);
    const e = [100, 1000, 10000].map((n) => steinTest(n, 0.5, 0.75, 0.05).exponent);
    expect(e[0]!).toBeLessThan(e[1]!);
    expect(e[1]!).toBeLessThan(e[2]!);
    expect(e[2]!).toBeLessThan(d);
    expect(d - e[2]!).toBeLessThan(0.02);
    expect(Number.isFinite(steinTest(10000, 0.5, 0.75, 0.05).logBeta)).toBe(true);
  });

  it('throws DistributionError for bad input', () => {
    for (const args of [
      [0, 0.5, 0.7, 0.05],
      [2.5, 0.5, 0.7, 0.05],
      [10, 0, 0.7, 0.05],
      [10, 0.5, 1, 0.05],
      [10, 0.5, 0.5, 0.05],
      [10, 0.5, 0.7, 0],
      [10, 0.5, 0.7, 1],
      [10, 0.5, 0.7, Number.NaN],
    ] as const) {
      const [n, p, q, a] = args;
      expect(() => steinTest(n, p, q, a)).toThrow(DistributionError);
    }
  });
});
