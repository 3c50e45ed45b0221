import { DistributionError } from './errors.ts';
import { requireFinite, requirePositive, requireProbability } from './scalar-checks.ts';
import { softmax } from './softmax.ts';
import { entryError, requireNonEmpty, requireSameLength } from './validate.ts';

/** Options of {@link temperedSoftmax}, {@link smoothedTarget} and {@link logitGradient}. */
export interface LogitGradientOptions {
  /** ε in [0, 1] (default 0): the target becomes (1 − ε)·one-hot + ε/C, as in PyTorch. */
  readonly labelSmoothing?: number;
  /** T > 0 (default 1): the model's probabilities are softmax(logits / T). */
  readonly temperature?: number;
}

/**
 * Softmax at temperature T: softmax(logits / T). T > 1 flattens the distribution, T < 1
 * sharpens it, T = 1 is {@link softmax}.
 *
 * @throws {DistributionError} logits empty or not finite; T not a finite number > 0
 * @example temperedSoftmax([0, Math.log(3)], 1) // => Float64Array [0.25, 0.7499999999999999]
 */
export function temperedSoftmax(logits: ArrayLike<number>, temperature: number): Float64Array {
  requirePositive('temperedSoftmax', 'temperature', temperature);
  requireNonEmpty('temperedSoftmax', 'logits', logits);
  const scaled = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) {
    const logit = logits[i]!;
    if (!Number.isFinite(logit)) throw entryError('temperedSoftmax', 'logits', i, logit);
    scaled[i] = logit / temperature;
  }
  return softmax(scaled);
}

/**
 * The label-smoothed target of class `target` among `classCount` classes:
 * (1 − ε)·one-hot(target) + ε/C, the distribution PyTorch's `label_smoothing` trains towards.
 *
 * @throws {DistributionError} classCount not an integer ≥ 1; target not a class index; ε outside [0, 1]
 * @example smoothedTarget(2, 4, 0.5) // => Float64Array [0.125, 0.125, 0.625, 0.125]
 */
export function smoothedTarget(
  target: number,
  classCount: number,
  labelSmoothing = 0,
): Float64Array {
  const fn = 'smoothedTarget';
  if (!(Number.isSafeInteger(classCount) && classCount >= 1)) {
    throw new DistributionError(
      `${fn}: classCount = ${String(classCount)} must be an integer ≥ 1`,
      {
        functionName: fn,
        argument: 'classCount',
        value: classCount,
      },
    );
  }
  requireClassIndex(fn, target, classCount);
  requireProbability(fn, 'labelSmoothing', labelSmoothing);
  const result = new Float64Array(classCount).fill(labelSmoothing / classCount);
  result[target]! += 1 - labelSmoothing;
  return result;
}

/**
 * Gradient, with respect to the logits z, of the cross-entropy loss of class `target`
 * (nats, as PyTorch reports it) with label smoothing ε and temperature T:
 *
 *   loss(z) = −Σ꜀ t′꜀ ln softmax(z/T)꜀,   ∂loss/∂z꜀ = (softmax(z/T)꜀ − t′꜀) / T,
 *
 * with t′ = {@link smoothedTarget}. At T = 1 this is "softmax − target". The entries sum to 0
 * (adding a constant to every logit changes nothing). For a loss in bits divide by ln 2.
 *
 * @throws {DistributionError} logits empty or not finite; target not a class index; ε outside
 *   [0, 1]; T not a finite number > 0
 * @example logitGradient([0, 0], 0) // => Float64Array [-0.5, 0.5]
 */
export function logitGradient(
  logits: ArrayLike<number>,
  target: number,
  { labelSmoothing = 0, temperature = 1 }: LogitGradientOptions = {},
): Float64Array {
  requireNonEmpty('logitGradient', 'logits', logits);
  const probabilities = temperedSoftmax(logits, temperature);
  const truth = smoothedTarget(target, logits.length, labelSmoothing);
  return probabilities.map((q, c) => (q - truth[c]!) / temperature);
}

/**
 * One step of gradient descent: logits − rate·gradient.
 *
 * @throws {DistributionError} different lengths; an entry not finite; rate not finite or < 0
 * @example gradientStep([0, 0], [-0.5, 0.5], 1) // => Float64Array [0.5, -0.5]
 */
export function gradientStep(
  logits: ArrayLike<number>,
  gradient: ArrayLike<number>,
  rate: number,
): Float64Array {
  const fn = 'gradientStep';
  requireFinite(fn, 'rate', rate);
  if (rate < 0) {
    throw new DistributionError(`${fn}: rate = ${String(rate)} must be ≥ 0`, {
      functionName: fn,
      argument: 'rate',
      value: rate,
    });
  }
  requireNonEmpty(fn, 'logits', logits);
  requireSameLength(fn, logits, gradient, 'logits', 'gradient');
  const result = new Float64Array(logits.length);
  for (let i = 0; i < logits.length; i++) {
    const logit = logits[i]!;
    const slope = gradient[i]!;
    if (!Number.isFinite(logit)) throw entryError(fn, 'logits', i, logit);
    if (!Number.isFinite(slope)) throw entryError(fn, 'gradient', i, slope);
    result[i] = logit - rate * slope;
  }
  return result;
}

function requireClassIndex(fn: string, target: number, classCount: number): void {
  if (!(Number.isInteger(target) && target >= 0 && target < classCount)) {
    throw new DistributionError(
      `${fn}: target = ${String(target)} is not a class index in 0…${classCount - 1}`,
      { functionName: fn, argument: 'target', value: target },
    );
  }
}
