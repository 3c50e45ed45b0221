/**
 * Gaussian KL chart: the densities of p = N(μ₁, σ₁²) (accent, filled) and q = N(μ₂, σ₂²)
 * (muted line) on the fixed window x ∈ [−12, 12], 481 points. Densities are probabilities per
 * unit of x, not information; they come from `gaussianLogPdf` in src/lib.
 */
import * as Plot from '@observablehq/plot';
import { filledDensityMarks } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { gaussianLogPdf } from '../../../lib/index.ts';
import { gaussianKlModel, type GaussianKlState } from './model.ts';

const X_LIMIT = 12;
const CURVE_POINTS = 481;

interface Point {
  x: number;
  p: number;
  q: number;
}

function curve({ mu1, sigma1, mu2, sigma2 }: GaussianKlState): Point[] {
  return Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = -X_LIMIT + (2 * X_LIMIT * i) / (CURVE_POINTS - 1);
    return {
      x,
      p: Math.exp(gaussianLogPdf(x, mu1, sigma1)),
      q: Math.exp(gaussianLogPdf(x, mu2, sigma2)),
    };
  });
}

export const gaussianKlChart: WidgetChart<GaussianKlState> = {
  options(state) {
    const points = curve(state);
    return {
      ...chartLayout,
      x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
      y: { label: 'Density', grid: true },
      marks: [
        ...filledDensityMarks(points, { y: 'p' }),
        Plot.line(points, {
          x: 'x',
          y: 'q',
          stroke: 'currentColor',
          strokeWidth: 2,
          strokeDasharray: '6,4',
          className: 'chart-secondary',
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  describe(state, unit) {
    const [pq, qp] = gaussianKlModel.readouts(state, unit);
    return (
      `Two bell curves for x from −${X_LIMIT} to ${X_LIMIT}: p, filled, with mean ${formatNumber(state.mu1)} and ` +
      `σ ${formatNumber(state.sigma1)}; q, dashed, with mean ${formatNumber(state.mu2)} and σ ${formatNumber(state.sigma2)}. ` +
      `D(p‖q) = ${formatQuantity(pq!.value, unit)}, D(q‖p) = ${formatQuantity(qp!.value, unit)}.`
    );
  },
};
