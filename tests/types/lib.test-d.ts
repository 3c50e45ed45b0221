import { describe, expectTypeOf, it } from 'vitest';
import {
  assertDistribution,
  bernoulliKl,
  binaryEntropy,
  continuousKl,
  createRng,
  crossEntropy,
  crossEntropyLoss,
  DistributionError,
  entropy,
  expectedCodeLength,
  gaussianKl,
  huffmanCodeLengths,
  integrate,
  isDistribution,
  klDivergence,
  llrPath,
  logLikelihoodRatio,
  logSoftmax,
  normalize,
  shannonCodeLengths,
  softmax,
  tossCoins,
  type Density,
  type LogBase,
  type Rng,
  type SeededRng,
} from '../../src/lib/index.ts';

describe('public signatures of src/lib', () => {
  it('information functions take ArrayLike<number> and an optional { base } and return number', () => {
    expectTypeOf(entropy).parameter(0).toEqualTypeOf<ArrayLike<number>>();
    expectTypeOf(entropy).parameter(1).toEqualTypeOf<LogBase | undefined>();
    expectTypeOf(entropy([0.5, 0.5])).toBeNumber();
    expectTypeOf(entropy(new Float64Array([1]), { base: Math.E })).toBeNumber();
    expectTypeOf(crossEntropy).returns.toBeNumber();
    expectTypeOf(klDivergence).parameter(1).toEqualTypeOf<ArrayLike<number>>();
    expectTypeOf(klDivergence).toBeCallableWith([0.5, 0.5], new Float64Array([0.5, 0.5]), {
      base: 2,
    });
    expectTypeOf(binaryEntropy).parameter(0).toBeNumber();
    expectTypeOf(binaryEntropy).toBeCallableWith(0.5);
    expectTypeOf(bernoulliKl).returns.toBeNumber();
    expectTypeOf(gaussianKl).toBeCallableWith(0, 1, 0, 2, { base: Math.E });
    // @ts-expect-error a vector of strings is not a distribution
    entropy(['0.5', '0.5']);
  });

  it('validation: isDistribution is a predicate, assertDistribution returns void', () => {
    expectTypeOf(isDistribution).returns.toBeBoolean();
    expectTypeOf(assertDistribution).returns.toBeVoid();
    expectTypeOf(normalize).returns.toEqualTypeOf<Float64Array>();
  });

  it('DistributionError is a RangeError with its details', () => {
    expectTypeOf<DistributionError>().toExtend<RangeError>();
    expectTypeOf<DistributionError['argument']>().toBeString();
    expectTypeOf<DistributionError['index']>().toEqualTypeOf<number | undefined>();
  });

  it("crossEntropyLoss returns a Float64Array for reduction 'none' and a number otherwise", () => {
    expectTypeOf(crossEntropyLoss([[1, 2]], [0])).toBeNumber();
    expectTypeOf(crossEntropyLoss([[1, 2]], [[0.5, 0.5]], { reduction: 'sum' })).toBeNumber();
    expectTypeOf(
      crossEntropyLoss([[1, 2]], [0], { reduction: 'none' }),
    ).toEqualTypeOf<Float64Array>();
    // @ts-expect-error an unknown reduction is a type error
    crossEntropyLoss([[1, 2]], [0], { reduction: 'avg' });
    // @ts-expect-error labelSmoothing is a number
    crossEntropyLoss([[1, 2]], [0], { labelSmoothing: '0.1' });
  });

  it('vectors out are typed arrays', () => {
    expectTypeOf(softmax).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(logSoftmax).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(llrPath).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(tossCoins).returns.toEqualTypeOf<Uint8Array>();
    expectTypeOf(shannonCodeLengths).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(huffmanCodeLengths).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(expectedCodeLength).returns.toBeNumber();
  });

  it('randomness is injected: createRng returns an Rng that tossCoins accepts', () => {
    expectTypeOf(createRng).returns.toEqualTypeOf<SeededRng>();
    expectTypeOf<SeededRng>().toExtend<Rng>();
    expectTypeOf<SeededRng['fillUint32']>().toEqualTypeOf<(out: Uint32Array) => Uint32Array>();
    expectTypeOf<Rng>().toEqualTypeOf<() => number>();
    expectTypeOf(tossCoins).parameter(2).toEqualTypeOf<Rng>();
    expectTypeOf(logLikelihoodRatio).returns.toBeNumber();
  });

  it('continuous functions take a pdf or a { logPdf } density', () => {
    expectTypeOf<(x: number) => number>().toExtend<Density>();
    expectTypeOf<{ logPdf: (x: number) => number }>().toExtend<Density>();
    expectTypeOf(continuousKl).returns.toBeNumber();
    expectTypeOf(integrate).parameter(0).toEqualTypeOf<(x: number) => number>();
    // @ts-expect-error a base is a number, not a string
    entropy([1], { base: 'e' });
  });
});
