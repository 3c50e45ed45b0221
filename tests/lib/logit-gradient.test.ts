import { describe, expect, it } from 'vitest';
import {
  DistributionError,
  crossEntropyLoss,
  gradientStep,
  logitGradient,
  smoothedTarget,
  softmax,
  temperedSoftmax,
} from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';
import { loadFixture } from './fixture-data.ts';

interface GradientCase {
  readonly logits: number[];
  readonly target: number;
  readonly labelSmoothing: number;
  readonly temperature: number;
  readonly softmax: number[];
  readonly smoothedTarget: number[];
  readonly loss: number;
  readonly gradient: number[];
}

const { cases } = loadFixture<{ cases: GradientCase[] }>('logit-gradient.json');

describe('logit gradient against SciPy fixtures', () => {
  it.each(cases)('case %#', (c) => {
    const options = { labelSmoothing: c.labelSmoothing, temperature: c.temperature };
    expectAllClose(temperedSoftmax(c.logits, c.temperature), c.softmax, { rel: 1e-12, abs: 1e-15 });
    expectAllClose(smoothedTarget(c.target, c.logits.length, c.labelSmoothing), c.smoothedTarget, {
      rel: 1e-15,
      abs: 1e-17,
    });
    expectAllClose(logitGradient(c.logits, c.target, options), c.gradient, {
      rel: 1e-7,
      abs: 1e-9,
    });
    // The loss whose gradient this is: PyTorch's cross_entropy of logits / T, in nats.
    const scaled = c.logits.map((z) => z / c.temperature);
    expectClose(
      crossEntropyLoss([scaled], [c.target], { labelSmoothing: c.labelSmoothing, base: Math.E }),
      c.loss,
      { rel: 1e-12 },
    );
  });
});

describe('exact properties', () => {
  it('the gradient is softmax − one-hot at T = 1 and sums to 0', () => {
    const logits = [1.5, -0.2, 0.7, 3];
    const gradient = logitGradient(logits, 2);
    const q = softmax(logits);
    expectAllClose(
      gradient,
      Array.from(q, (qc, c) => qc - (c === 2 ? 1 : 0)),
      { rel: 1e-15, abs: 1e-16 },
    );
    expectClose(
      gradient.reduce((a, b) => a + b, 0),
      0,
      { abs: 1e-15 },
    );
  });

  it('the gradient sums to 0 with smoothing and temperature', () => {
    const gradient = logitGradient([4, -1, 0.3], 1, { labelSmoothing: 0.3, temperature: 2.5 });
    expectClose(
      gradient.reduce((a, b) => a + b, 0),
      0,
      { abs: 1e-15 },
    );
  });

  it('equal logits give ±(1/C − target)', () => {
    expect(Array.from(logitGradient([0, 0], 0))).toEqual([-0.5, 0.5]);
  });

  it('temperature 1 is softmax; smoothing 1 is the uniform target', () => {
    expect(Array.from(temperedSoftmax([0.4, 2], 1))).toEqual(Array.from(softmax([0.4, 2])));
    expect(Array.from(smoothedTarget(2, 4, 1))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expectAllClose(smoothedTarget(1, 4, 0.2), [0.05, 0.85, 0.05, 0.05], { rel: 1e-15 });
  });

  it('a gradient step subtracts rate · gradient and lowers the loss', () => {
    const logits = [0.5, -1, 2];
    const gradient = logitGradient(logits, 1);
    const next = gradientStep(logits, gradient, 0.5);
    expect(Array.from(next)).toEqual(logits.map((z, i) => z - 0.5 * gradient[i]!));
    const before = crossEntropyLoss([logits], [1], { base: Math.E });
    const after = crossEntropyLoss([next], [1], { base: Math.E });
    expect(after).toBeLessThan(before);
    expect(Array.from(gradientStep(logits, gradient, 0))).toEqual(logits);
  });

  it('temperature is finite at extreme logits', () => {
    expect(Array.from(temperedSoftmax([1000, -1000], 0.01))).toEqual([1, 0]);
  });
});

describe('bad input throws DistributionError', () => {
  it.each([
    () => temperedSoftmax([1, 2], 0),
    () => temperedSoftmax([1, NaN], 1),
    () => temperedSoftmax([], 1),
    () => smoothedTarget(3, 3),
    () => smoothedTarget(0.5, 3),
    () => smoothedTarget(0, 0),
    () => smoothedTarget(0, 3, 1.5),
    () => logitGradient([1, 2], 2),
    () => logitGradient([], 0),
    () => logitGradient([1, 2], 0, { temperature: -1 }),
    () => gradientStep([1, 2], [1], 1),
    () => gradientStep([1, 2], [1, Infinity], 1),
    () => gradientStep([1, 2], [1, 1], -1),
    () => gradientStep([1, 2], [1, 1], NaN),
  ])('case %#', (call) => {
    expect(call).toThrow(DistributionError);
  });
});
