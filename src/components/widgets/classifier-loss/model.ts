/**
 * Classifier loss: logits z over C classes (2–10), the observed class `target`, label smoothing
 * ε and temperature T. The model is q = softmax(z / T); the (smoothed) target is
 * t′ = (1 − ε)·one-hot(target) + ε/C, playing the truth p.
 * Readouts, from `src/lib`, in the site unit: `loss` = −Σ t′ log q (PyTorch's cross_entropy of
 * z / T), `kl` = KL(t′ ‖ q), `target-entropy` = H(t′); loss = target-entropy + kl.
 * The gradient ∂loss/∂z = (q − t′)/T is shown per logit in nats (as PyTorch reports the loss),
 * and a gradient step moves z to z − rate·gradient.
 * URL: `ID.logits=2,0.5,-1&ID.target=0&ID.smoothing=0.1&ID.temperature=1&ID.rate=0.5`.
 */
import {
  crossEntropyLoss,
  entropy,
  gradientStep,
  klDivergence,
  logitGradient,
  smoothedTarget,
  temperedSoftmax,
} from '../../../lib/index.ts';
import {
  boundedInteger,
  boundedNumber,
  parseDecimal,
  type ParamCodec,
  type ParseResult,
} from '../../kit/params.ts';
import { MAX_PARAM_LENGTH } from '../../kit/limits.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface ClassifierLossState {
  logits: number[];
  target: number;
  smoothing: number;
  temperature: number;
  rate: number;
}

export const LOGIT_LIMIT = 20;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 10;
export const TEMPERATURE_MIN = 0.1;
export const TEMPERATURE_MAX = 10;
export const RATE_MAX = 5;

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** A comma-separated list of 2–10 logits, each a decimal in [−20, 20]. */
export const logitList: ParamCodec<number[]> = {
  parse(raw): ParseResult<number[]> {
    if (raw.length > MAX_PARAM_LENGTH) return fail(`is longer than ${MAX_PARAM_LENGTH} characters`);
    const parts = raw.split(',');
    if (parts.length < MIN_CLASSES || parts.length > MAX_CLASSES) {
      return fail(`needs ${MIN_CLASSES} to ${MAX_CLASSES} comma-separated logits`);
    }
    const values: number[] = [];
    for (const [index, part] of parts.entries()) {
      const parsed = parseDecimal(part);
      if (!parsed.ok) return fail(`entry ${index + 1} ${parsed.reason}`);
      if (Math.abs(parsed.value) > LOGIT_LIMIT) {
        return fail(`entry ${index + 1} must be in [${-LOGIT_LIMIT}, ${LOGIT_LIMIT}]`);
      }
      values.push(parsed.value);
    }
    return { ok: true, value: values };
  },
  format: (values) => values.map(String).join(','),
};

/** The model's probabilities q = softmax(z / T). */
export function modelProbabilities(state: ClassifierLossState): Float64Array {
  return temperedSoftmax(state.logits, state.temperature);
}

/** The smoothed target t′, the truth p of this picture. */
export function targetDistribution(state: ClassifierLossState): Float64Array {
  return smoothedTarget(state.target, state.logits.length, state.smoothing);
}

/** ∂loss/∂z per logit, the loss in nats. */
export function gradientOf(state: ClassifierLossState): Float64Array {
  return logitGradient(state.logits, state.target, {
    labelSmoothing: state.smoothing,
    temperature: state.temperature,
  });
}

/** The state after one gradient step z − rate·∇loss, logits clipped to ±LOGIT_LIMIT. */
export function stepped(state: ClassifierLossState): ClassifierLossState {
  const next = gradientStep(state.logits, gradientOf(state), state.rate);
  const logits = Array.from(next, (z) => Math.max(-LOGIT_LIMIT, Math.min(LOGIT_LIMIT, z)));
  return { ...state, logits };
}

/** The loss −Σ t′ log q in the given base (PyTorch's cross_entropy of z / T). */
export function lossOf(state: ClassifierLossState, base: number): number {
  const scaled = state.logits.map((z) => z / state.temperature);
  return crossEntropyLoss([scaled], [state.target], { labelSmoothing: state.smoothing, base });
}

export const classifierLossModel: WidgetModel<ClassifierLossState> = {
  kind: 'classifier-loss',
  defaults: { logits: [1, 2.5, -0.5, 0], target: 0, smoothing: 0, temperature: 1, rate: 0.5 },
  codecs: {
    logits: logitList,
    target: boundedInteger(0, MAX_CLASSES - 1),
    smoothing: boundedNumber(0, 1),
    temperature: boundedNumber(TEMPERATURE_MIN, TEMPERATURE_MAX),
    rate: boundedNumber(0, RATE_MAX),
  },
  validate({ logits, target }) {
    return target < logits.length
      ? undefined
      : `target ${target} is not a class index for ${logits.length} logits`;
  },
  readouts(state, unit) {
    const base = unitBase(unit);
    const p = targetDistribution(state);
    const q = modelProbabilities(state);
    return [
      { name: 'loss', label: 'Loss −Σ t log q', value: lossOf(state, base), unit },
      { name: 'kl', label: 'KL(t ‖ q)', value: klDivergence(p, q, { base }), unit },
      { name: 'target-entropy', label: 'Entropy H(t)', value: entropy(p, { base }), unit },
    ];
  },
};
