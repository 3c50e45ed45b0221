/**
 * KL divergence between two Gaussians p = N(μ₁, σ₁²) and q = N(μ₂, σ₂²), from `src/lib` in the
 * site unit:
 * - `kl-pq` D(p‖q) and `kl-qp` D(q‖p) in closed form (`gaussianKl`),
 *   D(p‖q) = log(σ₂/σ₁) + [σ₁² + (μ₁ − μ₂)²]/(2σ₂²) − ½ (in nats);
 * - `kl-numeric` D(p‖q) again, by adaptive quadrature of ∫ p log(p/q) dx (`continuousKl`) over
 *   μ₁ ± 12σ₁ — the closed form checked live.
 * URL: `ID.mu1=0&ID.sigma1=1&ID.mu2=1&ID.sigma2=2`; μ ∈ [−5, 5], σ ∈ [0.1, 5].
 */
import { continuousKl, gaussianKl, gaussianLogPdf } from '../../../lib/index.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface GaussianKlState {
  mu1: number;
  sigma1: number;
  mu2: number;
  sigma2: number;
}

export const MU_LIMIT = 5;
export const SIGMA_MIN = 0.1;
export const SIGMA_MAX = 5;
/**
 * The numeric integral runs over μ₁ ± 12σ₁, where p has all but e^(−72) of its mass. Over the
 * whole line the quadrature's first nodes can straddle a narrow p far from 0 and miss it.
 */
const WINDOW = 12;

export const gaussianKlModel: WidgetModel<GaussianKlState> = {
  kind: 'gaussian-kl',
  defaults: { mu1: 0, sigma1: 1, mu2: 1, sigma2: 2 },
  codecs: {
    mu1: boundedNumber(-MU_LIMIT, MU_LIMIT),
    sigma1: boundedNumber(SIGMA_MIN, SIGMA_MAX),
    mu2: boundedNumber(-MU_LIMIT, MU_LIMIT),
    sigma2: boundedNumber(SIGMA_MIN, SIGMA_MAX),
  },
  readouts({ mu1, sigma1, mu2, sigma2 }, unit) {
    const base = unitBase(unit);
    const numeric = continuousKl(
      { logPdf: (x) => gaussianLogPdf(x, mu1, sigma1) },
      { logPdf: (x) => gaussianLogPdf(x, mu2, sigma2) },
      mu1 - WINDOW * sigma1,
      mu1 + WINDOW * sigma1,
      { base },
    );
    return [
      {
        name: 'kl-pq',
        label: 'D(p‖q), closed form',
        value: gaussianKl(mu1, sigma1, mu2, sigma2, { base }),
        unit,
      },
      {
        name: 'kl-qp',
        label: 'D(q‖p), closed form',
        value: gaussianKl(mu2, sigma2, mu1, sigma1, { base }),
        unit,
      },
      { name: 'kl-numeric', label: 'D(p‖q), numeric integral', value: numeric, unit },
    ];
  },
};
