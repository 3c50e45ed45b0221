import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib/index.ts';
import { DistributionError } from '../../src/lib/index.ts';

/** [what is wrong, the call, the exact message, the argument the error names]. */
const cases: [string, () => unknown, string, string][] = [
  [
    'an empty vector',
    () => lib.entropy([]),
    'entropy: p is empty; it needs at least one outcome',
    'p',
  ],
  ['a NaN entry', () => lib.entropy([0.5, Number.NaN]), 'entropy: p[1] = NaN is NaN', 'p'],
  [
    'an infinite entry',
    () => lib.entropy([Infinity, 0]),
    'entropy: p[0] = Infinity is not finite',
    'p',
  ],
  [
    'a −∞ entry',
    () => lib.klDivergence([1, 0], [-Infinity, 1]),
    'klDivergence: q[0] = -Infinity is not finite',
    'q',
  ],
  [
    'a negative entry',
    () => lib.crossEntropy([0.5, -0.1, 0.6], [0.2, 0.3, 0.5]),
    'crossEntropy: p[1] = -0.1 is negative; probabilities and weights must be ≥ 0',
    'p',
  ],
  [
    'an entry above 1',
    () => lib.jsDivergence([0.5, 0.5], [1.5, -0.5]),
    'jsDivergence: q[0] = 1.5 is greater than 1, so it cannot be a probability',
    'q',
  ],
  [
    'a sum off 1',
    () => lib.klDivergence([0.5, 0.4], [0.5, 0.5]),
    'klDivergence: p sums to 0.9, not 1 (tolerance 1e-9); pass weights through normalize() first',
    'p',
  ],
  [
    'a length mismatch',
    () => lib.klDivergence([0.25, 0.25, 0.25, 0.25], [0.2, 0.3, 0.5]),
    'klDivergence: q has 3 outcomes but p has 4',
    'q',
  ],
  [
    'a base of 1',
    () => lib.entropy([1], { base: 1 }),
    'entropy: options.base = 1 is not a valid logarithm base; use a finite number > 0 other than 1 (2 for bits, Math.E for nats)',
    'options.base',
  ],
  [
    'a base ≤ 0',
    () => lib.binaryEntropy(0.5, { base: -2 }),
    'binaryEntropy: options.base = -2 is not a valid logarithm base; use a finite number > 0 other than 1 (2 for bits, Math.E for nats)',
    'options.base',
  ],
  [
    'a probability above 1',
    () => lib.binaryEntropy(1.2),
    'binaryEntropy: p = 1.2 is not a probability in [0, 1]',
    'p',
  ],
  [
    'a NaN probability',
    () => lib.bernoulliKl(0.5, Number.NaN),
    'bernoulliKl: q = NaN is not a probability in [0, 1]',
    'q',
  ],
  [
    'σ = 0',
    () => lib.gaussianEntropy(0),
    'gaussianEntropy: sigma = 0 must be a finite number > 0',
    'sigma',
  ],
  [
    'σ < 0',
    () => lib.gaussianKl(0, 1, 0, -1),
    'gaussianKl: sigma2 = -1 must be a finite number > 0',
    'sigma2',
  ],
  [
    'a density with σ = 0',
    () => lib.gaussianLogPdf(0, 0, 0),
    'gaussianLogPdf: sigma = 0 must be a finite number > 0',
    'sigma',
  ],
  [
    'a density with a NaN μ',
    () => lib.gaussianLogPdf(0, Number.NaN, 1),
    'gaussianLogPdf: mu = NaN is not a finite number',
    'mu',
  ],
  [
    'an infinite μ',
    () => lib.gaussianCrossEntropy(Infinity, 1, 0, 1),
    'gaussianCrossEntropy: mu1 = Infinity is not a finite number',
    'mu1',
  ],
  [
    'all-zero weights',
    () => lib.normalize([0, 0]),
    'normalize: weights sum to 0; they need a finite, positive total',
    'weights',
  ],
  [
    'a negative weight',
    () => lib.normalize([1, -1]),
    'normalize: weights[1] = -1 is negative; probabilities and weights must be ≥ 0',
    'weights',
  ],
  [
    'a negative tolerance',
    () => lib.isDistribution([1], -1),
    'isDistribution: tolerance = -1 must be a number ≥ 0',
    'tolerance',
  ],
  [
    'an invalid named vector',
    () => lib.assertDistribution([0.7, 0.7], 'prior'),
    'assertDistribution: prior sums to 1.4, not 1 (tolerance 1e-9); pass weights through normalize() first',
    'prior',
  ],
  [
    'an empty logit vector',
    () => lib.softmax([]),
    'softmax: logits is empty; it needs at least one outcome',
    'logits',
  ],
  [
    'a NaN logit',
    () => lib.logSoftmax([0, Number.NaN]),
    'logSoftmax: logits[1] = NaN is NaN',
    'logits',
  ],
  [
    'a class index out of range',
    () => lib.crossEntropyLoss([[1, 2, 3]], [3]),
    'crossEntropyLoss: targets[0] = 3 is not a class index in 0…2',
    'targets',
  ],
  [
    'a non-integer class index',
    () => lib.crossEntropyLoss([[1, 2, 3]], [0.5]),
    'crossEntropyLoss: targets[0] = 0.5 is not a class index in 0…2',
    'targets',
  ],
  [
    'a batch size mismatch',
    () => lib.crossEntropyLoss([[1, 2]], [0, 1]),
    'crossEntropyLoss: targets has 2 outcomes but logits has 1',
    'targets',
  ],
  [
    'ragged logits',
    () =>
      lib.crossEntropyLoss(
        [
          [1, 2],
          [1, 2, 3],
        ],
        [0, 1],
      ),
    'crossEntropyLoss: logits[1] has 3 outcomes but logits[0] has 2',
    'logits[1]',
  ],
  [
    'a probability target that is not a distribution',
    () => lib.crossEntropyLoss([[1, 2]], [[0.5, 0.6]]),
    'crossEntropyLoss: targets[0] sums to 1.1, not 1 (tolerance 1e-9); pass weights through normalize() first',
    'targets[0]',
  ],
  [
    'a weight of the wrong length',
    () => lib.crossEntropyLoss([[1, 2]], [0], { weight: [1] }),
    'crossEntropyLoss: options.weight has 1 entries but there are 2 classes',
    'options.weight',
  ],
  [
    'a negative class weight',
    () => lib.crossEntropyLoss([[1, 2]], [0], { weight: [1, -2] }),
    'crossEntropyLoss: options.weight[1] = -2 is negative; probabilities and weights must be ≥ 0',
    'options.weight',
  ],
  [
    'label smoothing above 1',
    () => lib.crossEntropyLoss([[1, 2]], [0], { labelSmoothing: 1.5 }),
    'crossEntropyLoss: options.labelSmoothing = 1.5 is not a probability in [0, 1]',
    'options.labelSmoothing',
  ],
  [
    'an unknown reduction',
    () => lib.crossEntropyLoss([[1, 2]], [0], { reduction: 'avg' as 'mean' }),
    "crossEntropyLoss: options.reduction = avg is not 'mean', 'sum' or 'none'",
    'options.reduction',
  ],
  [
    'a non-integer seed',
    () => lib.createRng(1.5),
    'createRng: seed = 1.5 must be a safe integer',
    'seed',
  ],
  [
    'a non-integer n',
    () => lib.tossCoins(2.5, 0.5, lib.createRng(1)),
    'tossCoins: n = 2.5 must be a non-negative integer',
    'n',
  ],
  [
    'a negative n',
    () => lib.logLikelihoodRatio(0, -1, 0.5, 0.5),
    'logLikelihoodRatio: n = -1 must be a non-negative integer',
    'n',
  ],
  [
    'k > n',
    () => lib.logLikelihoodRatio(5, 4, 0.5, 0.6),
    'logLikelihoodRatio: k = 5 heads is more than n = 4 tosses',
    'k',
  ],
  [
    'an rng outside [0, 1)',
    () => lib.tossCoins(1, 0.5, () => 1),
    'tossCoins: rng() returned 1 at toss 0; it must be in [0, 1)',
    'rng',
  ],
  [
    'a sequence impossible under both coins',
    () => lib.logLikelihoodRatio(1, 2, 0, 1),
    'logLikelihoodRatio: 1 heads and 1 tails are impossible under both p = 0 and q = 1, so their ratio is 0/0',
    'q',
  ],
  [
    'a toss that is not 0 or 1',
    () => lib.llrPath([1, 2], 0.5, 0.6),
    'llrPath: tosses[1] = 2 must be 1 (heads) or 0 (tails)',
    'tosses',
  ],
  [
    'a code length that is not an integer',
    () => lib.expectedCodeLength([0.5, 0.5], [1, 1.5]),
    'expectedCodeLength: lengths[1] = 1.5 must be a non-negative integer or Infinity',
    'lengths',
  ],
  [
    'a NaN integration limit',
    () => lib.integrate((x) => x, Number.NaN, 1),
    'integrate: a is NaN; limits must be numbers or ±Infinity',
    'a',
  ],
  [
    'an integrand returning NaN',
    () => lib.integrate(() => Number.NaN, 0, 1),
    'integrate: f returned NaN at x = 0.5',
    'f',
  ],
  [
    'an integrand that is +∞ and −∞',
    () => lib.integrate((x) => (x < 0.5 ? -Infinity : Infinity), 0, 1),
    'integrate: f is +∞ at some points and −∞ at others',
    'f',
  ],
  [
    'a negative tolerance for integrate',
    () => lib.integrate((x) => x, 0, 1, { relTolerance: -1 }),
    'integrate: options.relTolerance = -1 is out of range',
    'options.relTolerance',
  ],
  [
    'an integral that does not converge',
    () => lib.integrate((x) => Math.sin(1 / x), 0, 1, { maxSubintervals: 3 }),
    'integrate: no convergence after 3 subintervals',
    'options.maxSubintervals',
  ],
  [
    'a negative density',
    () => lib.differentialEntropy(() => -1, 0, 1),
    'differentialEntropy: density at x = 0.5: pdf is -1; a density must be finite and ≥ 0',
    'density',
  ],
  [
    'a NaN log-density',
    () => lib.continuousKl({ logPdf: () => 0 }, { logPdf: () => Number.NaN }, 0, 1),
    'continuousKl: densityQ at x = 0.5: logPdf is NaN; a density must be finite and ≥ 0',
    'densityQ',
  ],
];

describe('every bad input throws a DistributionError that names the function, argument, index and value', () => {
  it.each(cases)('%s', (_, call, message, argument) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DistributionError);
    expect(caught).toBeInstanceOf(RangeError);
    const error = caught as DistributionError;
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.argument).toBe(argument);
    expect(message.startsWith(`${error.functionName}: `)).toBe(true);
    expect(error.name).toBe('DistributionError');
  });

  it('a DistributionError for a vector entry carries its index and value', () => {
    try {
      lib.entropy([0.5, 0.7, -0.2]);
    } catch (error) {
      expect(error).toMatchObject({
        functionName: 'entropy',
        argument: 'p',
        index: 2,
        value: -0.2,
      });
    }
    expect.assertions(1);
  });
});
