/**
 * VAE KL term: the encoder's q(z|x) = N(μ, σ²) against the prior p(z) = N(0, 1).
 * Readout `kl` = D(q(z|x) ‖ p(z)) = ½(μ² + σ² − 1 − ln σ²) nats, from `gaussianKl` in `src/lib`,
 * shown in the site unit. URL: `ID.mu=1&ID.sigma=0.5`; μ ∈ [−4, 4], σ ∈ [0.1, 3].
 */
import { gaussianKl } from '../../../lib/index.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface VaeKlState {
  mu: number;
  sigma: number;
}

export const MU_LIMIT = 4;
export const SIGMA_MIN = 0.1;
export const SIGMA_MAX = 3;

export const vaeKlModel: WidgetModel<VaeKlState> = {
  kind: 'vae-kl',
  defaults: { mu: 1, sigma: 0.5 },
  codecs: {
    mu: boundedNumber(-MU_LIMIT, MU_LIMIT),
    sigma: boundedNumber(SIGMA_MIN, SIGMA_MAX),
  },
  readouts({ mu, sigma }, unit) {
    return [
      {
        name: 'kl',
        label: 'D(q(z|x) ‖ N(0, 1))',
        value: gaussianKl(mu, sigma, 0, 1, { base: unitBase(unit) }),
        unit,
      },
    ];
  },
};
