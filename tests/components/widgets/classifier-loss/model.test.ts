import { describe, expect, it } from 'vitest';
import {
  crossEntropyLoss,
  entropy,
  klDivergence,
  logitGradient,
  smoothedTarget,
  temperedSoftmax,
} from '../../../../src/lib/index.ts';
import {
  classifierLossModel,
  logitList,
  stepped,
} from '../../../../src/components/widgets/classifier-loss/model.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { expectAllClose, expectClose } from '../../../helpers/expect-close.ts';

const state = { logits: [0.3, 2, -1], target: 2, smoothing: 0.1, temperature: 1.5, rate: 0.4 };

describe('classifier-loss model', () => {
  it('readouts are the library’s loss, KL and target entropy, in both units', () => {
    for (const [unit, base] of [
      ['bits', 2],
      ['nats', Math.E],
    ] as const) {
      const r = readoutValues(classifierLossModel.readouts(state, unit));
      const scaled = state.logits.map((z) => z / state.temperature);
      const t = smoothedTarget(2, 3, 0.1);
      const q = temperedSoftmax(state.logits, 1.5);
      expectClose(r['loss']!, crossEntropyLoss([scaled], [2], { labelSmoothing: 0.1, base }), {
        rel: 1e-15,
      });
      expectClose(r['kl']!, klDivergence(t, q, { base }), { rel: 1e-15 });
      expectClose(r['target-entropy']!, entropy(t, { base }), { rel: 1e-15 });
      expectClose(r['loss']!, r['target-entropy']! + r['kl']!, { rel: 1e-12 });
    }
  });

  it('with a one-hot target the entropy is 0 and loss = KL', () => {
    const r = readoutValues(classifierLossModel.readouts({ ...state, smoothing: 0 }, 'nats'));
    expect(r['target-entropy']).toBe(0);
    expectClose(r['loss']!, r['kl']!, { rel: 1e-12 });
  });

  it('a step moves the logits by −rate·gradient', () => {
    const gradient = logitGradient(state.logits, 2, { labelSmoothing: 0.1, temperature: 1.5 });
    expectAllClose(
      stepped(state).logits,
      state.logits.map((z, i) => z - 0.4 * gradient[i]!),
      { rel: 1e-15 },
    );
  });

  it('refuses a target beyond the logits and bad logit lists', () => {
    expect(classifierLossModel.validate?.({ ...state, target: 3 })).toContain('not a class index');
    expect(classifierLossModel.validate?.(state)).toBeUndefined();
    expect(logitList.parse('1').ok).toBe(false);
    expect(logitList.parse('1,NaN').ok).toBe(false);
    expect(logitList.parse('1,21').ok).toBe(false);
    expect(logitList.parse(Array(11).fill('0').join(',')).ok).toBe(false);
    expect(logitList.parse('1,-2.5')).toEqual({ ok: true, value: [1, -2.5] });
    expect(logitList.format([1, -2.5])).toBe('1,-2.5');
  });
});
