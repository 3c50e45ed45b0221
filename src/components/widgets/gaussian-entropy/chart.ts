/**
 * Gaussian chart: the density f(x) = exp(−x²/2σ²) / (σ√(2π)) of N(0, σ²) on a fixed window
 * x ∈ [−8, 8] (so a wider σ visibly spreads out), 401 points, area filled. The density is a
 * probability density, not an information quantity, so it is drawn here directly.
 */
import * as Plot from '@observablehq/plot';
import { filledDensityMarks } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { GaussianEntropyState } from './model.ts';
import { gaussianEntropyModel } from './model.ts';

const X_LIMIT = 8;
const CURVE_POINTS = 401;

/** Normal density with mean 0 and standard deviation `sigma` (> 0) at `x`. */
export function normalDensity(x: number, sigma: number): number {
  return Math.exp(-(x * x) / (2 * sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
}

interface Point {
  x: number;
  density: number;
}

export const gaussianEntropyChart: WidgetChart<GaussianEntropyState> = {
  options({ sigma }) {
    const curve: Point[] = Array.from({ length: CURVE_POINTS }, (_, i) => {
      const x = -X_LIMIT + (2 * X_LIMIT * i) / (CURVE_POINTS - 1);
      return { x, density: normalDensity(x, sigma) };
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
      `−${X_LIMIT} to ${X_LIMIT}; its peak height is ${formatNumber(normalDensity(0, state.sigma))}` +
      (entropy ? ` and its differential entropy is ${formatQuantity(entropy.value, unit)}.` : '.')
    );
  },
};
