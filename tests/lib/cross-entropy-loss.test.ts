import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  crossEntropyLoss,
  DistributionError,
  softmax,
  type CrossEntropyLossOptions,
} from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';
import { decode, loadFixture } from './fixture-data.ts';

interface LossCase {
  readonly source: string;
  readonly logits: number[][];
  readonly targets: number[] | number[][];
  readonly options: {
    reduction: 'mean' | 'sum' | 'none';
    labelSmoothing: number;
    weight?: number[];
  };
  readonly expected: number | number[];
}

const { cases } = loadFixture<{ cases: LossCase[] }>('pytorch-cross-entropy.json');

describe("crossEntropyLoss matches PyTorch's documented cross_entropy (in nats)", () => {
  it.each(cases)(
    '$source, reduction $options.reduction, ε = $options.labelSmoothing: %#',
    (fixture) => {
      const options: CrossEntropyLossOptions = { ...fixture.options, base: Math.E };
      const expected = decode(fixture.expected);
      if (fixture.options.reduction === 'none') {
        const losses = crossEntropyLoss(fixture.logits, fixture.targets, {
          ...options,
          reduction: 'none',
        });
        expectAllClose(losses, expected as number[], { rel: 1e-12, abs: 1e-15 });
      } else {
        const loss = crossEntropyLoss(fixture.logits, fixture.targets, {
          ...options,
          reduction: fixture.options.reduction,
        });
        expectClose(loss, expected as number, { rel: 1e-12 });
      }
    },
  );
});

describe('crossEntropyLoss', () => {
  it('crossEntropyLoss(logits, classIndices) is the mean of −log₂ softmax(logits)[target] in bits', () => {
    const logits = [
      [2, 0.5, -1],
      [0, 0, 3],
    ];
    const expected = (-Math.log2(softmax(logits[0]!)[0]!) - Math.log2(softmax(logits[1]!)[1]!)) / 2;
    expectClose(crossEntropyLoss(logits, [0, 1]), expected, { rel: 1e-14 });
  });

  it('crossEntropyLoss with one probability row equals crossEntropy(target, softmax(logits))', () => {
    const logits = [[0.3, -1.2, 2.5]];
    const target = [0.2, 0.3, 0.5];
    expectClose(crossEntropyLoss(logits, [target]), crossEntropy(target, softmax(logits[0]!)), {
      rel: 1e-14,
    });
  });

  it('crossEntropyLoss is finite and exact for logits of ±1000', () => {
    expect(crossEntropyLoss([[1000, -1000]], [1], { base: Math.E })).toBe(2000);
    expect(crossEntropyLoss([[1000, -1000]], [0], { base: Math.E })).toBe(0);
  });

  it("crossEntropyLoss 'sum' is the sum of the 'none' losses", () => {
    const logits = [
      [1, 2],
      [3, -4],
      [0, 0.5],
    ];
    const each = crossEntropyLoss(logits, [1, 0, 0], { reduction: 'none', labelSmoothing: 0.2 });
    const total = crossEntropyLoss(logits, [1, 0, 0], { reduction: 'sum', labelSmoothing: 0.2 });
    expectClose(
      total,
      each.reduce((sum, loss) => sum + loss, 0),
      { rel: 1e-14 },
    );
  });

  it("crossEntropyLoss 'mean' with class indices throws when the target weights sum to 0", () => {
    expect(() => crossEntropyLoss([[1, 2]], [0], { weight: [0, 1] })).toThrow(DistributionError);
    expect(() => crossEntropyLoss([[1, 2]], [0], { weight: [0, 1] })).toThrow(
      "crossEntropyLoss: the weights of the target classes sum to 0, so the 'mean' is undefined",
    );
  });
});
