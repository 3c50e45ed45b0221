import { DistributionError } from './errors.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { requireProbability } from './scalar-checks.ts';
import { logSoftmaxOf } from './softmax.ts';
import { entryError, requireDistribution, requireNonEmpty, requireSameLength } from './validate.ts';

/** How per-sample losses are combined, as in PyTorch. */
export type Reduction = 'mean' | 'sum' | 'none';

/** Options of {@link crossEntropyLoss}; the names and defaults follow PyTorch's `cross_entropy`. */
export interface CrossEntropyLossOptions extends LogBase {
  /** 'mean' (default), 'sum', or 'none' for a `Float64Array` of per-sample losses. */
  readonly reduction?: Reduction;
  /** ε in [0, 1] (default 0): targets become (1 − ε)·target + ε/C. */
  readonly labelSmoothing?: number;
  /** A finite, non-negative rescaling weight wᶜ per class (default: all 1). */
  readonly weight?: ArrayLike<number>;
}

/**
 * Cross-entropy loss of a batch of logits against targets, with PyTorch's `cross_entropy`
 * semantics (without `ignore_index`). With log-probabilities ℓₙ = logSoftmax(logitsₙ), C classes,
 * N samples and class weights w (all 1 by default):
 *
 * - Class-index targets yₙ ∈ {0, …, C − 1}:
 *     lossₙ = (1 − ε)·(−w_{yₙ} ℓₙ[yₙ]) + (ε/C)·Σ꜀(−w꜀ ℓₙ[c]);
 *     'mean' = Σₙ lossₙ / Σₙ w_{yₙ}  (divided by the weights of the targets, not by N).
 * - Probability targets tₙ (each a distribution over the C classes):
 *     t′ₙ = (1 − ε)·tₙ + ε/C,  lossₙ = −Σ꜀ w꜀ t′ₙ[c] ℓₙ[c];  'mean' = Σₙ lossₙ / N.
 * - 'sum' = Σₙ lossₙ; 'none' returns the lossₙ.
 *
 * Finite for any finite logits (±1000 included): the log-softmax is max-shifted.
 * Units: bits for base 2 (the default); PyTorch reports nats, i.e. `{ base: Math.E }`.
 *
 * @param logits N rows of C finite logits (`number[][]` or an array of `Float64Array`)
 * @param targets N class indices, or N probability rows of length C
 * @throws {DistributionError} empty batch or row; rows of different lengths; a logit NaN or ±∞;
 *   targets not N long; a class index not an integer in [0, C); a probability row not a
 *   distribution; weight not C long or with an entry negative or non-finite; labelSmoothing
 *   outside [0, 1]; an unknown reduction; 'mean' over targets whose weights sum to 0; base invalid
 * @example crossEntropyLoss([[0, 0]], [1], { base: 2 }) // => 1
 * @example crossEntropyLoss([[1000, -1000]], [1], { base: Math.E }) // => 2000
 */
export function crossEntropyLoss(
  logits: ArrayLike<ArrayLike<number>>,
  targets: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options: CrossEntropyLossOptions & { readonly reduction: 'none' },
): Float64Array;
export function crossEntropyLoss(
  logits: ArrayLike<ArrayLike<number>>,
  targets: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options?: CrossEntropyLossOptions & { readonly reduction?: 'mean' | 'sum' },
): number;
export function crossEntropyLoss(
  logits: ArrayLike<ArrayLike<number>>,
  targets: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  {
    reduction = 'mean',
    labelSmoothing = 0,
    weight,
    base = DEFAULT_BASE,
  }: CrossEntropyLossOptions = {},
): number | Float64Array {
  const fn = 'crossEntropyLoss';
  const lnBase = naturalLogOfBase(fn, base);
  requireProbability(fn, 'options.labelSmoothing', labelSmoothing);
  if (reduction !== 'mean' && reduction !== 'sum' && reduction !== 'none') {
    throw new DistributionError(
      `${fn}: options.reduction = ${String(reduction)} is not 'mean', 'sum' or 'none'`,
      {
        functionName: fn,
        argument: 'options.reduction',
        value: reduction,
      },
    );
  }
  requireNonEmpty(fn, 'logits', logits);
  requireSameLength(fn, logits, targets, 'logits', 'targets');
  const classCount = logits[0]!.length;
  const classWeights = checkedWeights(fn, weight, classCount);
  const smoothingShare = labelSmoothing / classCount;
  const losses = new Float64Array(logits.length);
  const byClassIndex = holdsClassIndices(targets);
  // PyTorch's 'mean' divides by the weights of the targets for class indices, by N for rows.
  let meanDivisor = byClassIndex ? 0 : logits.length;

  for (let n = 0; n < logits.length; n++) {
    const row = logits[n]!;
    requireSameLength(fn, logits[0]!, row, 'logits[0]', `logits[${n}]`);
    const logProbabilities = logSoftmaxOf(fn, `logits[${n}]`, row);
    let smoothed = 0;
    for (let c = 0; c < classCount; c++) smoothed -= classWeights[c]! * logProbabilities[c]!;
    if (byClassIndex) {
      const target = targets[n]!;
      if (!(Number.isInteger(target) && target >= 0 && target < classCount)) {
        throw new DistributionError(
          `${fn}: targets[${n}] = ${String(target)} is not a class index in 0…${classCount - 1}`,
          { functionName: fn, argument: 'targets', index: n, value: target },
        );
      }
      const targetWeight = classWeights[target]!;
      meanDivisor += targetWeight;
      losses[n] =
        -(1 - labelSmoothing) * targetWeight * logProbabilities[target]! +
        smoothingShare * smoothed;
    } else {
      const targetRow = targets[n]!;
      requireSameLength(fn, row, targetRow, `logits[${n}]`, `targets[${n}]`);
      requireDistribution(fn, `targets[${n}]`, targetRow);
      let loss = smoothingShare * smoothed;
      for (let c = 0; c < classCount; c++) {
        loss -= (1 - labelSmoothing) * targetRow[c]! * classWeights[c]! * logProbabilities[c]!;
      }
      losses[n] = loss;
    }
  }

  if (reduction === 'none') return losses.map((loss) => loss / lnBase);
  let total = 0;
  for (const loss of losses) total += loss;
  if (reduction === 'sum') return total / lnBase;
  if (!(meanDivisor > 0)) {
    throw new DistributionError(
      `${fn}: the weights of the target classes sum to 0, so the 'mean' is undefined`,
      {
        functionName: fn,
        argument: 'options.weight',
      },
    );
  }
  return total / meanDivisor / lnBase;
}

function holdsClassIndices(
  targets: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
): targets is ArrayLike<number> {
  return typeof targets[0] === 'number';
}

/** The class weights (all 1 when absent), checked to be C finite, non-negative numbers. */
function checkedWeights(
  fn: string,
  weight: ArrayLike<number> | undefined,
  classCount: number,
): ArrayLike<number> {
  if (weight === undefined) return new Float64Array(classCount).fill(1);
  if (weight.length !== classCount) {
    throw new DistributionError(
      `${fn}: options.weight has ${weight.length} entries but there are ${classCount} classes`,
      {
        functionName: fn,
        argument: 'options.weight',
        value: weight.length,
      },
    );
  }
  for (let c = 0; c < classCount; c++) {
    const w = weight[c]!;
    if (!(w >= 0 && w < Infinity)) throw entryError(fn, 'options.weight', c, w);
  }
  return weight;
}
