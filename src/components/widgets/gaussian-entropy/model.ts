/**
 * Entropy of a Gaussian N(0, σ²).
 * Readout `entropy`: the differential entropy ½ log(2πeσ²), from `src/lib`, in the site unit.
 * Unlike discrete entropy it can be negative (σ < 1/√(2πe) ≈ 0.242). URL: `ID.sigma=1.5`,
 * with σ ∈ [0.05, 5].
 */
import { gaussianEntropy } from '../../../lib/index.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface GaussianEntropyState {
  /** Standard deviation σ, in [SIGMA_MIN, SIGMA_MAX]. */
  sigma: number;
}

export const SIGMA_MIN = 0.05;
export const SIGMA_MAX = 5;

export const gaussianEntropyModel: WidgetModel<GaussianEntropyState> = {
  kind: 'gaussian-entropy',
  defaults: { sigma: 1 },
  codecs: { sigma: boundedNumber(SIGMA_MIN, SIGMA_MAX) },
  readouts({ sigma }, unit) {
    return [
      {
        name: 'entropy',
        label: 'Differential entropy h(X)',
        value: gaussianEntropy(sigma, { base: unitBase(unit) }),
        unit,
      },
    ];
  },
};
