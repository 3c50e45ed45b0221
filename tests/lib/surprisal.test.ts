import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistributionError, entropy, surprisal } from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('surprisal', () => {
  it('surprisal(p) is −log₂ p: 0 for a certain outcome, ∞ for an impossible one', () => {
    expect(surprisal(1)).toBe(0);
    expect(surprisal(0)).toBe(Infinity);
    expectClose(surprisal(0.3), -Math.log(0.3) / Math.LN2, { rel: 1e-15 });
  });

  it('surprisal(p, { base: e }) is in nats', () => {
    expectClose(surprisal(0.5, { base: Math.E }), Math.LN2, { rel: 1e-15 });
  });

  it('surprisal(p·q) = surprisal(p) + surprisal(q): independent surprises add', () => {
    const probability = fc.double({ min: 1e-6, max: 1, noNaN: true });
    fc.assert(
      fc.property(probability, probability, (p, q) => {
        expectClose(surprisal(p * q), surprisal(p) + surprisal(q), { rel: 1e-12, abs: 1e-12 });
      }),
    );
  });

  it('the entropy of p is the expected surprisal Σ pᵢ surprisal(pᵢ)', () => {
    const p = [0.5, 0.2, 0.2, 0.1];
    const expected = p.reduce((total, pi) => total + pi * surprisal(pi), 0);
    expectClose(entropy(p), expected, { rel: 1e-14 });
  });

  it('surprisal refuses a p outside [0, 1] with a DistributionError that names it', () => {
    expect(() => surprisal(1.5)).toThrow(DistributionError);
    expect(() => surprisal(Number.NaN)).toThrow(
      'surprisal: p = NaN is not a probability in [0, 1]',
    );
  });
});
