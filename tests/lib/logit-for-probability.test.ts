import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DistributionError, logitForProbability, temperedSoftmax } from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';

describe('logitForProbability', () => {
  it('gives two equal classes the log-odds: ln 3 for 3/4', () => {
    expectClose(logitForProbability([0, 0], 0, 0.75), Math.log(3), { rel: 1e-15 });
  });

  it('makes softmax(z/T) give the class exactly that probability, the others keeping their ratios', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (logits, pick, probability, temperature) => {
          const index = pick % logits.length;
          const next = [...logits];
          next[index] = logitForProbability(logits, index, probability, temperature);
          const before = temperedSoftmax(logits, temperature);
          const after = temperedSoftmax(next, temperature);
          expectClose(after[index]!, probability, { rel: 1e-9 });
          const other = index === 0 ? 1 : 0;
          for (let j = 0; j < logits.length; j++) {
            if (j === index) continue;
            expectClose(after[j]! / after[other]!, before[j]! / before[other]!, { rel: 1e-9 });
          }
        },
      ),
    );
  });

  it('refuses a probability of 0 or 1, a bad index, one logit, a non-finite logit and T ≤ 0', () => {
    const bad: [number[], number, number, number][] = [
      [[0, 0], 0, 0, 1],
      [[0, 0], 0, 1, 1],
      [[0, 0], 0, Number.NaN, 1],
      [[0, 0], 2, 0.5, 1],
      [[0, 0], 0.5, 0.5, 1],
      [[0], 0, 0.5, 1],
      [[0, Infinity], 0, 0.5, 1],
      [[0, 0], 0, 0.5, 0],
    ];
    for (const [logits, index, probability, temperature] of bad)
      expect(() => logitForProbability(logits, index, probability, temperature)).toThrow(
        DistributionError,
      );
  });
});
