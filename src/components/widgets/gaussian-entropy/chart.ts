/**
 * Gaussian chart: the density f(x) = exp(−x²/2σ²) / (σ√(2π)) of N(0, σ²) on a fixed window
 * x ∈ [−8, 8] (so a wider σ visibly spreads out), 401 points, area filled. The density is a
 * probability density, not an information quantity; it comes from `gaussianLogPdf` in src/lib.
 */
import * as Plot from '@observablehq/plot';
import { gaussianLogPdf } from '../../../lib/index.ts';
import { filledDensityMarks } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { GaussianEntropyState } from './model.ts';
import { gaussianEntropyModel } from './model.ts';

const X_LIMIT = 8;
const CURVE_POINTS = 401;

interface Point {
  x: number;
  density: number;
}

export const gaussianEntropyChart: WidgetChart<GaussianEntropyState> = {
  options({ sigma }) {
    const curve: Point[] = Array.from({ length: CURVE_POINTS }, (_, i) => {
      const x = -X_LIMIT + (2 * X_LIMIT * i) / (CURVE_POINTS - 1);
      return { x, density: Math.exp(gaussianLogPdf(x, 0, sigma)) };
    });
    return {
      ...chartLayout,
      x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
      y: { label: 'Density f(x)', grid: true },
      marks: [...filledDensityMarks(curve, { y: 'density' }), Plot.ruleY([0])],
    };
  },
  describe(state, unit) {
    const [entropy] = gaussianEntropyModel.readouts(state, unit);
    return (
      `Bell curve of the normal density with mean 0 and σ = ${formatNumber(state.sigma)}, drawn for x from ` +
      `−${X_LIMIT} to ${X_LIMIT}; its peak height is ${formatNumber(Math.exp(gaussianLogPdf(0, 0, state.sigma)))}` +
      (entropy ? ` and its differential entropy is ${formatQuantity(entropy.value, unit)}.` : '.')
    );
  },
};
