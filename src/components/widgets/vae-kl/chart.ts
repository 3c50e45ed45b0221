/**
 * VAE KL chart: the prior p(z) = N(0, 1) (tone p, filled) and the encoder's q(z|x) = N(μ, σ²)
 * (tone q, dashed) on z ∈ [−6, 6], with q's grab points (peak: μ; width handle at μ + σ: σ).
 */
import { gaussianLogPdf } from '../../../lib/index.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { densityMarks, gaussianHandles, grid } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { VaeKlState } from './model.ts';

export const Z_LIMIT = 6;
export const Q_HANDLES = 'q-handles';
const ZS = grid(-Z_LIMIT, Z_LIMIT, 361);

const density =
  (mu: number, sigma: number) =>
  (z: number): number =>
    Math.exp(gaussianLogPdf(z, mu, sigma));

const prior = density(0, 1);
const priorRows = ZS.map((x) => ({ x, y: prior(x) }));

export const vaeKlChart: WidgetChart<VaeKlState> = {
  spec({ mu, sigma }) {
    const q = density(mu, sigma);
    return {
      x: { label: 'z', domain: [-Z_LIMIT, Z_LIMIT] },
      y: {
        label: 'Density',
        domain: [0, steppedTop(1.08 * density(0, Math.min(1, sigma))(0))],
        grid: true,
      },
      marks: [
        ...densityMarks('p', priorRows),
        ...densityMarks(
          'q',
          ZS.map((x) => ({ x, y: q(x) })),
          { tone: 'q', fill: false },
        ),
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
        gaussianHandles('q', mu, sigma, q, 'q'),
      ],
    };
  },
  describe({ mu, sigma }, unit, readouts) {
    const kl = readouts['kl'];
    return (
      `Two bell curves for z from −${Z_LIMIT} to ${Z_LIMIT}: the prior N(0, 1), filled, and the ` +
      `encoder's q(z|x), dashed, with mean ${formatNumber(mu)} and σ ${formatNumber(sigma)}.` +
      (kl === undefined ? '' : ` D(q ‖ prior) = ${formatQuantity(kl, unit)}.`)
    );
  },
};
