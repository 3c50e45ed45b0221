/**
 * KL fit chart: the mixture density p (tone p, filled) with its grab points (`drag.ts`), the
 * forward fit q (tone q, dashed) and the reverse fit q (tone q, solid and thick) on
 * x ∈ [−12, 12], 361 points. `klFitSpec(state, points)` draws any pair of fits — the fitted
 * Gaussians, a coarse fit while the reader drags, or the fits part of the way along their
 * optimisation paths (`pathPosition`, for the animation). The y axis tops out a step above
 * 1/(σ√(2π)), which no mode of p exceeds, or above a taller fit (`steppedTop`), so it moves in
 * steps. Densities are probabilities per unit of x, not information: the mixture's comes from
 * `mixture.ts`, the fits' from `gaussianLogPdf` in src/lib.
 */
import { gaussianLogPdf } from '../../../lib/index.ts';
import { steppedTop, type ChartSpec, type DotMark } from '../../kit/chart-spec.ts';
import { densityMarks, grid } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { ReadoutValues, WidgetChart } from '../../kit/types.ts';
import type { Unit } from '../../kit/unit.ts';
import { handleXs, HANDLES } from './drag.ts';
import { fitBoth, type Direction, type Fit, type FitPoint } from './fit.ts';
import { mixtureLogPdf } from './mixture.ts';
import { finalPoints, formatParameter, type KlFitState } from './model.ts';

export const X_LIMIT = 12;
/**
 * 361 points: 15 per unit of x, 18 across ±3σ of the narrowest mode (σ = 0.2). Four curves move
 * on every input, so fewer points than gaussian-kl's keep an update within its time budget.
 */
const XS = grid(-X_LIMIT, X_LIMIT, 361);

const peakOf = (sigma: number): number => 1 / (sigma * Math.sqrt(2 * Math.PI));

/** (m, s) a fraction `progress` of the way along a fit's path (linear between iterates). */
export function pathPosition({ path }: Fit, progress: number): FitPoint {
  const position = Math.min(1, Math.max(0, progress)) * (path.length - 1);
  const before = path[Math.floor(position)]!;
  const after = path[Math.ceil(position)]!;
  const t = position - Math.floor(position);
  return {
    mu: before.mu + t * (after.mu - before.mu),
    sigma: before.sigma + t * (after.sigma - before.sigma),
  };
}

/** Both fits `progress` of the way along their paths. */
export function pathPositions(
  fits: Readonly<Record<Direction, Fit>>,
  progress: number,
): Record<Direction, FitPoint> {
  return {
    forward: pathPosition(fits.forward, progress),
    reverse: pathPosition(fits.reverse, progress),
  };
}

/** The mixture's density and marks, kept while the state stays (animation frames, a unit change). */
let mixtureMemo:
  { state: KlFitState; density: (x: number) => number; marks: ChartSpec['marks'] } | undefined;

function mixture(state: KlFitState): NonNullable<typeof mixtureMemo> {
  if (mixtureMemo?.state !== state) {
    const logP = mixtureLogPdf(state);
    const density = (x: number): number => Math.exp(logP(x));
    const curve = XS.map((x) => ({ x, y: density(x) }));
    mixtureMemo = { state, density, marks: densityMarks('p', curve, { strokeWidth: 1.5 }) };
  }
  return mixtureMemo;
}

function gaussianCurve(
  name: Direction,
  { mu, sigma }: FitPoint,
  style: Parameters<typeof densityMarks>[2],
) {
  return densityMarks(
    name,
    XS.map((x) => ({ x, y: Math.exp(gaussianLogPdf(x, mu, sigma)) })),
    style,
  );
}

/** The chart of the mixture `state` with the fits `points`. */
export function klFitSpec(
  state: KlFitState,
  points: Readonly<Record<Direction, FitPoint>>,
): ChartSpec {
  const { density, marks: pMarks } = mixture(state);
  const handles: DotMark = {
    type: 'dot',
    name: HANDLES,
    rows: handleXs(state).map((x) => ({ x, y: density(x) })),
    style: { tone: 'p', r: 6 },
  };
  const tallest = Math.max(
    peakOf(state.sigma),
    peakOf(points.forward.sigma),
    peakOf(points.reverse.sigma),
  );
  return {
    x: { label: 'x', domain: [-X_LIMIT, X_LIMIT] },
    y: { label: 'Density', domain: [0, steppedTop(1.05 * tallest)], grid: true },
    marks: [
      ...pMarks,
      ...gaussianCurve('forward', points.forward, { tone: 'q', fill: false, dashed: true }),
      ...gaussianCurve('reverse', points.reverse, {
        tone: 'q',
        fill: false,
        dashed: false,
        strokeWidth: 3,
      }),
      { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      handles,
    ],
  };
}

/**
 * How far the fits drawn are: the fitted Gaussians, a rough fit (while the full one is being
 * computed), or a fraction of the way along the optimisation.
 */
export type FitPhase = 'fitted' | 'rough' | number;

function phaseWords(phase: FitPhase): string {
  if (phase === 'fitted' || phase === 1) return 'fitted';
  if (phase === 'rough') return 'roughly fitted while the full fit is computed';
  return `${Math.round(phase * 100)}% of the way through the fit`;
}

/** The text alternative of the chart with fits `points` at `phase`. */
export function describeFits(
  state: KlFitState,
  unit: Unit,
  points: Readonly<Record<Direction, FitPoint>>,
  readouts: ReadoutValues,
  phase: FitPhase,
): string {
  const { forward, reverse } = points;
  const forwardKl = readouts['forward-kl'];
  const reverseKl = readouts['reverse-kl'];
  return (
    `Density of the mixture p, weight ${formatNumber(state.weight)} on N(${formatNumber(state.mu1)}, ` +
    `${formatNumber(state.sigma)}²) and the rest on N(${formatNumber(state.mu2)}, ${formatNumber(state.sigma)}²), ` +
    `with two single Gaussians q, ${phaseWords(phase)}: forward (dashed) mean ${formatParameter(forward.mu)}, ` +
    `s ${formatParameter(forward.sigma)}; reverse (thick) mean ${formatParameter(reverse.mu)}, s ${formatParameter(reverse.sigma)}.` +
    (forwardKl !== undefined && reverseKl !== undefined
      ? ` Divergences reached: D(p‖q) = ${formatQuantity(forwardKl, unit)} forward, ` +
        `D(q‖p) = ${formatQuantity(reverseKl, unit)} reverse.`
      : '')
  );
}

/** The chart of the full fits (the build's; `fitBoth` is memoised, so the readouts' fit is reused). */
export const klFitChart: WidgetChart<KlFitState> = {
  spec: (state) => klFitSpec(state, finalPoints(fitBoth(state))),
  describe: (state, unit, readouts) =>
    describeFits(state, unit, finalPoints(fitBoth(state)), readouts, 'fitted'),
};
