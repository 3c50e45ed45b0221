/**
 * KL fit chart: the mixture density p (accent, filled), the forward fit q (dashed) and the
 * reverse fit q (muted, thick) on x ∈ [−12, 12], 481 points. `klFitFrame(state, progress)` draws
 * both fits `progress` (0 … 1) of the way along their optimisation paths, interpolating between
 * iterates, for the animation; the static chart is progress 1, the fitted Gaussians.
 */
import * as Plot from '@observablehq/plot';
import { filledDensityMarks } from '../../kit/density-marks.ts';
import type { PlotOptions } from '@observablehq/plot';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { Unit } from '../../kit/unit.ts';
import { gaussianLogPdf } from '../../../lib/index.ts';
import { fitBoth, type Fit } from './fit.ts';
import { mixtureLogPdf } from './mixture.ts';
import { klFitModel, type KlFitState } from './model.ts';

const X_LIMIT = 12;
const CURVE_POINTS = 481;

/** (m, s) a fraction `progress` of the way along a fit's path (linear between iterates). */
export function pathPosition({ path }: Fit, progress: number): { mu: number; sigma: number } {
  const position = Math.min(1, Math.max(0, progress)) * (path.length - 1);
  const before = path[Math.floor(position)]!;
  const after = path[Math.ceil(position)]!;
  const t = position - Math.floor(position);
  return {
    mu: before.mu + t * (after.mu - before.mu),
    sigma: before.sigma + t * (after.sigma - before.sigma),
  };
}

/** Plot options for one animation frame. */
export function klFitFrame(state: KlFitState, progress: number): PlotOptions {
  const fits = fitBoth(state);
  const forward = pathPosition(fits.forward, progress);
  const reverse = pathPosition(fits.reverse, progress);
  const logP = mixtureLogPdf(state);
  const points = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = -X_LIMIT + (2 * X_LIMIT * i) / (CURVE_POINTS - 1);
    return {
      x,
      p: Math.exp(logP(x)),
      forward: Math.exp(gaussianLogPdf(x, forward.mu, forward.sigma)),
      reverse: Math.exp(gaussianLogPdf(x, reverse.mu, reverse.sigma)),
    };
  });
  return {
    ...chartLayout,
    x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
    y: { label: 'Density', grid: true },
    marks: [
      ...filledDensityMarks(points, { y: 'p', strokeWidth: 1.5 }),
      Plot.line(points, {
        x: 'x',
        y: 'forward',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '6,4',
      }),
      Plot.line(points, {
        x: 'x',
        y: 'reverse',
        stroke: 'currentColor',
        strokeWidth: 3,
        className: 'chart-secondary',
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** The text alternative of a frame. */
export function describeFrame(state: KlFitState, unit: Unit, progress: number): string {
  const fits = fitBoth(state);
  const forward = pathPosition(fits.forward, progress);
  const reverse = pathPosition(fits.reverse, progress);
  const where =
    progress >= 1 ? 'fitted' : `${Math.round(progress * 100)}% of the way through the fit`;
  const [forwardKl, reverseKl] = klFitModel.readouts(state, unit);
  return (
    `Density of the mixture p, weight ${formatNumber(state.weight)} on N(${formatNumber(state.mu1)}, ` +
    `${formatNumber(state.sigma)}²) and the rest on N(${formatNumber(state.mu2)}, ${formatNumber(state.sigma)}²), ` +
    `with two single Gaussians q, ${where}: forward (dashed) mean ${formatNumber(forward.mu)}, ` +
    `s ${formatNumber(forward.sigma)}; reverse (thick) mean ${formatNumber(reverse.mu)}, s ${formatNumber(reverse.sigma)}. ` +
    `Fitted divergences: D(p‖q) = ${formatQuantity(forwardKl!.value, unit)} forward, ` +
    `D(q‖p) = ${formatQuantity(reverseKl!.value, unit)} reverse.`
  );
}

export const klFitChart: WidgetChart<KlFitState> = {
  options: (state) => klFitFrame(state, 1),
  describe: (state, unit) => describeFrame(state, unit, 1),
};
