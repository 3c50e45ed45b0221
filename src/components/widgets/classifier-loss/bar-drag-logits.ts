/**
 * A drag on a model probability bar, as an edit of the logits: class `index` gets the logit
 * that gives it the probability under the pointer (`logitForProbability`, at the state's
 * temperature), the others keep theirs, so their probabilities keep their ratios. The
 * probability is kept within [0.001, 0.999] (0 and 1 need an infinite logit), the logit within
 * ±LOGIT_LIMIT and to 3 decimals, like a typed one.
 */
import { logitForProbability } from '../../../lib/index.ts';
import { LOGIT_LIMIT, type ClassifierLossState } from './model.ts';

const EDGE = 0.001;

export function logitsForDraggedBar(
  { logits, temperature }: Pick<ClassifierLossState, 'logits' | 'temperature'>,
  index: number,
  probability: number,
): number[] {
  const kept = Math.min(1 - EDGE, Math.max(EDGE, probability));
  const logit = logitForProbability(logits, index, kept, temperature);
  const next = [...logits];
  next[index] = Math.round(Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, logit)) * 1000) / 1000;
  return next;
}
