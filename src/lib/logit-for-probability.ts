import { DistributionError } from './errors.ts';
import { requirePositive } from './scalar-checks.ts';
import { entryError } from './validate.ts';

/**
 * The logit that gives class `index` the probability π under softmax at temperature T, the
 * other logits staying as they are. Solving softmax(z/T)ᵢ = π for zᵢ:
 *
 *   zᵢ = T·( ln(π / (1 − π)) + ln Σ_{j≠i} exp(z_j / T) ),
 *
 * (the second term computed stably). What a reader does who drags a class's probability bar:
 * the other classes' probabilities then shrink or grow together, in proportion.
 *
 * @throws {DistributionError} fewer than 2 logits or one not finite; `index` not a class index;
 *   π not strictly between 0 and 1 (a logit would be infinite); T not a finite number > 0
 * @example logitForProbability([0, 0], 0, 0.75) // => 1.0986122886681096 (ln 3, to rounding)
 */
export function logitForProbability(
  logits: ArrayLike<number>,
  index: number,
  probability: number,
  temperature = 1,
): number {
  const fn = 'logitForProbability';
  requirePositive(fn, 'temperature', temperature);
  if (logits.length < 2) {
    throw new DistributionError(`${fn}: logits has ${logits.length} entries; it needs at least 2`, {
      functionName: fn,
      argument: 'logits',
    });
  }
  if (!(Number.isInteger(index) && index >= 0 && index < logits.length)) {
    throw new DistributionError(
      `${fn}: index = ${String(index)} is not a class index in 0…${logits.length - 1}`,
      { functionName: fn, argument: 'index', value: index },
    );
  }
  if (!(probability > 0 && probability < 1)) {
    throw new DistributionError(
      `${fn}: probability = ${String(probability)} must be strictly between 0 and 1`,
      { functionName: fn, argument: 'probability', value: probability },
    );
  }
  let top = -Infinity;
  for (let j = 0; j < logits.length; j++) {
    const logit = logits[j]!;
    if (!Number.isFinite(logit)) throw entryError(fn, 'logits', j, logit);
    if (j !== index) top = Math.max(top, logit / temperature);
  }
  let sum = 0;
  for (let j = 0; j < logits.length; j++) {
    if (j !== index) sum += Math.exp(logits[j]! / temperature - top);
  }
  const others = top + Math.log(sum);
  return temperature * (Math.log(probability) - Math.log1p(-probability) + others);
}
