/**
 * Binary entropy: a coin with P(heads) = p.
 * Readout `entropy`: H_b(p) = −p log p − (1 − p) log(1 − p), from `src/lib`, in the site unit
 * (0 at p = 0 and p = 1, maximal — 1 bit — at p = ½). URL: `ID.p=0.3` with p ∈ [0, 1].
 */
import { binaryEntropy } from '../../../lib/index.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface BinaryEntropyState {
  /** Probability of heads, in [0, 1]. */
  p: number;
}

export const binaryEntropyModel: WidgetModel<BinaryEntropyState> = {
  kind: 'binary-entropy',
  defaults: { p: 0.3 },
  codecs: { p: boundedNumber(0, 1) },
  readouts({ p }, unit) {
    return [
      {
        name: 'entropy',
        label: 'Binary entropy H_b(p)',
        value: binaryEntropy(p, { base: unitBase(unit) }),
        unit,
      },
    ];
  },
};
