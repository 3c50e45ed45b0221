/**
 * Gaussian KL chart: the densities of p = N(μ₁, σ₁²) (tone p, filled) and q = N(μ₂, σ₂²)
 * (tone q, dashed) on the fixed window x ∈ [−12, 12], 481 points, each with its grab points:
 * the peak (drag it sideways to move the mean) and the width handle at μ + σ (drag it to set σ).
 * The y axis tops out at a step above the taller peak (`steppedTop`), so it re-renders only when
 * a step is crossed. Densities are probabilities per unit of x, not information; they come
 * from `gaussianLogPdf` in src/lib. The divergences in the text alternative are the readouts.
 */
import { gaussianLogPdf } from '../../../lib/index.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { densityMarks, gaussianHandles, grid } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { GaussianKlState } from './model.ts';

export const X_LIMIT = 12;
const XS = grid(-X_LIMIT, X_LIMIT, 481);

/** The density of N(μ, σ²). */
export const normalDensity =
  (mu: number, sigma: number) =>
  (x: number): number =>
    Math.exp(gaussianLogPdf(x, mu, sigma));

/** Top of the y axis: a step above the taller of the two peaks 1/(σ√(2π)). */
export function densityTop({ sigma1, sigma2 }: GaussianKlState): number {
  return steppedTop(1.08 * normalDensity(0, Math.min(sigma1, sigma2))(0));
}

export const gaussianKlChart: WidgetChart<GaussianKlState> = {
  spec(state) {
    const { mu1, sigma1, mu2, sigma2 } = state;
    const p = normalDensity(mu1, sigma1);
    const q = normalDensity(mu2, sigma2);
    return {
      x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
      y: { label: 'Density', domain: [0, densityTop(state)], grid: true },
      marks: [
        ...densityMarks(
          'p',
          XS.map((x) => ({ x, y: p(x) })),
        ),
        ...densityMarks(
          'q',
          XS.map((x) => ({ x, y: q(x) })),
          { tone: 'q', fill: false },
        ),
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
        gaussianHandles('p', mu1, sigma1, p, 'p'),
        gaussianHandles('q', mu2, sigma2, q, 'q'),
      ],
    };
  },
  describe(state, unit, readouts) {
    const pq = readouts['kl-pq'];
    const qp = readouts['kl-qp'];
    return (
      `Two bell curves for x from −${X_LIMIT} to ${X_LIMIT}: p, filled, with mean ${formatNumber(state.mu1)} and ` +
      `σ ${formatNumber(state.sigma1)}; q, dashed, with mean ${formatNumber(state.mu2)} and σ ${formatNumber(state.sigma2)}.` +
      (pq !== undefined && qp !== undefined
        ? ` D(p‖q) = ${formatQuantity(pq, unit)}, D(q‖p) = ${formatQuantity(qp, unit)}.`
        : '')
    );
  },
};
