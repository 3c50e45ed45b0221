/**
 * Gaussian chart: the density f(x) = exp(−x²/2σ²) / (σ√(2π)) of N(0, σ²) on a fixed window
 * x ∈ [−8, 8] (so a wider σ visibly spreads out), 401 points, area filled, with two grab points:
 * the peak (drag it up to narrow the bell) and the width handle at x = σ. The density is a
 * probability density, not an information quantity; it comes from `gaussianLogPdf` in src/lib.
 */
import { gaussianLogPdf } from '../../../lib/index.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { densityMarks, gaussianHandles, grid } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { GaussianEntropyState } from './model.ts';

export const X_LIMIT = 8;
const XS = grid(-X_LIMIT, X_LIMIT, 401);

const density = (sigma: number) => (x: number) => Math.exp(gaussianLogPdf(x, 0, sigma));

export const gaussianEntropyChart: WidgetChart<GaussianEntropyState> = {
  spec({ sigma }) {
    const pdf = density(sigma);
    return {
      x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
      y: { label: 'Density f(x)', domain: [0, steppedTop(pdf(0) * 1.08)], grid: true },
      marks: [
        ...densityMarks(
          'p',
          XS.map((x) => ({ x, y: pdf(x) })),
        ),
        gaussianHandles('p', 0, sigma, pdf),
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe({ sigma }, unit, readouts) {
    const entropy = readouts['entropy'];
    return (
      `Bell curve of the normal density with mean 0 and σ = ${formatNumber(sigma)}, drawn for x from ` +
      `−${X_LIMIT} to ${X_LIMIT}; its peak height is ${formatNumber(density(sigma)(0))}` +
      (entropy !== undefined
        ? ` and its differential entropy is ${formatQuantity(entropy, unit)}.`
        : '.')
    );
  },
};
