import { describe, expect, it } from 'vitest';
import { temperedSoftmax } from '../../../../src/lib/index.ts';
import { logitsForDraggedBar } from '../../../../src/components/widgets/classifier-loss/bar-drag-logits.ts';
import { LOGIT_LIMIT } from '../../../../src/components/widgets/classifier-loss/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const state = { logits: [1, 2.5, -0.5, 0], temperature: 1.5 };

describe('logitsForDraggedBar', () => {
  it('gives the dragged class the probability under the pointer, at the state’s temperature', () => {
    for (const probability of [0.05, 0.4, 0.9]) {
      const logits = logitsForDraggedBar(state, 2, probability);
      expect(logits.filter((_, i) => i !== 2)).toEqual([1, 2.5, 0]);
      // The logit is kept to 3 decimals, which moves the probability by far less than 0.001.
      expectClose(temperedSoftmax(logits, state.temperature)[2]!, probability, { abs: 5e-4 });
    }
  });

  it('keeps the probability off 0 and 1 and the logit within the limit', () => {
    const top = logitsForDraggedBar({ logits: [0, 0], temperature: 10 }, 0, 1);
    expect(top[0]).toBe(LOGIT_LIMIT);
    const bottom = logitsForDraggedBar(state, 0, 0);
    expect(Number.isFinite(bottom[0])).toBe(true);
    expectClose(temperedSoftmax(bottom, state.temperature)[0]!, 0.001, { abs: 5e-4 });
  });
});
