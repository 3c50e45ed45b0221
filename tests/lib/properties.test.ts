import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bernoulliKl,
  binaryEntropy,
  createRng,
  crossEntropy,
  entropy,
  expectedCodeLength,
  huffmanCodeLengths,
  isDistribution,
  jsDivergence,
  klDivergence,
  llrPath,
  normalize,
  softmax,
  tossCoins,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

// numRuns below add up to 12 100 generated cases per run.

/** Non-negative weights with at least one positive entry, some exactly 0. */
const weights = (minLength: number, maxLength: number) =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
      minLength,
      maxLength,
    })
    .filter((entries) => entries.some((entry) => entry > 0));

const distribution = (minLength = 1, maxLength = 12) =>
  weights(minLength, maxLength).map(normalize);

const distributionPair = fc
  .integer({ min: 1, max: 12 })
  .chain((length) => fc.tuple(distribution(length, length), distribution(length, length)));

const same = (p: ArrayLike<number>, q: ArrayLike<number>): boolean =>
  Array.from(p).every((value, i) => value === q[i]);

describe('entropy properties', () => {
  it('0 ≤ H(p) ≤ log₂ n, with 0 only at a point mass and log₂ n only at the uniform', () => {
    fc.assert(
      fc.property(distribution(), (p) => {
        const h = entropy(p);
        const n = p.length;
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(Math.log(n) / Math.LN2);
        const isPointMass = Array.from(p).some((value) => value === 1);
        expect(h === 0).toBe(isPointMass);
        const farFromUniform = Array.from(p).some((value) => Math.abs(value - 1 / n) > 1e-4);
        if (farFromUniform) expect(h).toBeLessThan(Math.log2(n));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalize(weights) is always a distribution', () => {
    fc.assert(
      fc.property(weights(1, 30), (w) => {
        expect(isDistribution(normalize(w), 1e-14)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('binaryEntropy(p) = entropy([p, 1 − p]) and bernoulliKl(p, q) = klDivergence of the two coins', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (p, q) => {
          // entropy([p, 1 − p]) only sees the rounded 1 − p, so it matches to an absolute 1e-15
          expectClose(binaryEntropy(p), entropy([p, 1 - p]), { rel: 1e-13, abs: 1e-15 });
          expectClose(bernoulliKl(p, q), klDivergence([p, 1 - p], [q, 1 - q]), {
            rel: 1e-10,
            abs: 1e-15,
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('divergence properties', () => {
  it('KL(p‖q) ≥ 0, and = 0 only at p = q', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        const kl = klDivergence(p, q);
        expect(kl).toBeGreaterThanOrEqual(0);
        expect(kl === 0).toBe(same(p, q));
        expect(klDivergence(p, p)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('H(p, q) = H(p) + KL(p‖q), Infinity included', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        expectClose(crossEntropy(p, q), entropy(p) + klDivergence(p, q), {
          rel: 1e-12,
          abs: 1e-12,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('JS(p, q) = JS(q, p) exactly, and 0 ≤ JS ≤ 1 bit', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        const js = jsDivergence(p, q);
        expect(js).toBe(jsDivergence(q, p));
        expect(js).toBeGreaterThanOrEqual(0);
        expect(js).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('softmax properties', () => {
  const logits = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
    minLength: 1,
    maxLength: 16,
  });

  it('softmax sums to 1, is finite, and is unchanged by adding a constant to every logit', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: -100, max: 100, noNaN: true }), (x, shift) => {
        const probabilities = softmax(x);
        const total = probabilities.reduce((sum, value) => sum + value, 0);
        expectClose(total, 1, { abs: 1e-14 });
        expect(probabilities.every(Number.isFinite)).toBe(true);
        const shifted = softmax(x.map((value) => value + shift));
        probabilities.forEach((value, i) =>
          expectClose(shifted[i]!, value, { rel: 1e-10, abs: 1e-12 }),
        );
      }),
      { numRuns: 1500 },
    );
  });
});

describe('coin-toss and coding properties', () => {
  it('the mean normalised LLR over many seeded runs approaches KL(p‖q)', () => {
    const coin = fc.double({ min: 0.05, max: 0.95, noNaN: true });
    fc.assert(
      fc.property(coin, coin, fc.integer({ min: 0, max: 2 ** 31 }), (p, q, seed) => {
        const rng = createRng(seed);
        const runs = 40;
        const tossesPerRun = 250;
        let sum = 0;
        for (let run = 0; run < runs; run++)
          sum += llrPath(tossCoins(tossesPerRun, p, rng), p, q).at(-1)!;
        const perToss = Math.log2(p / q) - Math.log2((1 - p) / (1 - q));
        const standardError = Math.abs(perToss) * Math.sqrt((p * (1 - p)) / (runs * tossesPerRun));
        expect(Math.abs(sum / runs - bernoulliKl(p, q))).toBeLessThanOrEqual(
          5 * standardError + 1e-12,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('the Huffman expected length lies in [H(q), H(q) + 1) when two or more outcomes are possible', () => {
    fc.assert(
      fc.property(distribution(1, 40), (q) => {
        const length = expectedCodeLength(q, huffmanCodeLengths(q));
        const h = entropy(q);
        expect(length).toBeGreaterThanOrEqual(h - 1e-12);
        if (Array.from(q).filter((value) => value > 0).length >= 2)
          expect(length).toBeLessThan(h + 1);
      }),
      { numRuns: 1000 },
    );
  });
});
