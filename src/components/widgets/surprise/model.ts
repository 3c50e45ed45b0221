/**
 * Surprise of one outcome: an outcome that has probability p.
 * Readout `surprise`: −log p, from `src/lib` (`surprisal`), in the site unit: 0 for a sure
 * thing, 1 bit for a fair coin's side, growing without bound as p → 0.
 * URL: `ID.p=0.25` with p ∈ [0.01, 1].
 */
import { surprisal } from '../../../lib/index.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface SurpriseState {
  /** The outcome's probability, in [P_MIN, 1]. */
  p: number;
}

/** The least probability the figure shows (its surprise is log 100, about 6.6 bits). */
export const P_MIN = 0.01;

export const surpriseModel: WidgetModel<SurpriseState> = {
  kind: 'surprise',
  defaults: { p: 0.25 },
  codecs: { p: boundedNumber(P_MIN, 1) },
  readouts({ p }, unit) {
    return [
      {
        name: 'surprise',
        label: 'Surprise −log p',
        value: surprisal(p, { base: unitBase(unit) }),
        unit,
      },
    ];
  },
};
