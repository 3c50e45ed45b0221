/**
 * KL fit: one Gaussian q = N(m, s²) fitted to the mixture p = w·N(μ₁, σ²) + (1 − w)·N(μ₂, σ²),
 * once by minimising the forward divergence D(p‖q) and once the reverse D(q‖p) (see `fit.ts`).
 *
 * Readouts:
 * - `forward-kl`, `reverse-kl`: the divergence each fit reaches, from `src/lib`'s `continuousKl`
 *   in the site unit;
 * - `forward-mu`, `forward-sigma`, `reverse-mu`, `reverse-sigma` (`fittedParameters`): the fitted
 *   m and s — positions on the x axis, not information, so they carry no unit.
 * URL: `ID.weight=0.5&ID.mu1=-3&ID.mu2=3&ID.sigma=0.7`; w ∈ [0.05, 0.95], μ ∈ [−5, 5], σ ∈ [0.2, 3].
 */
import { formatNumber } from '../../kit/format.ts';
import { boundedNumber } from '../../kit/params.ts';
import type { ReadoutValue, WidgetModel } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import { fitBoth, objective, type Direction, type Fit, type FitPoint } from './fit.ts';
import type { MixtureState } from './mixture.ts';

export type KlFitState = MixtureState;

export const MU_LIMIT = 5;
export const SIGMA_MIN = 0.2;
export const SIGMA_MAX = 3;
export const WEIGHT_MIN = 0.05;
export const WEIGHT_MAX = 0.95;

export interface FittedParameter {
  name: string;
  label: string;
  value: number;
}

export const DIRECTIONS: readonly Direction[] = ['forward', 'reverse'];

/**
 * A fitted m or s for reading: rounded to 4 decimals first, so an optimiser's 1e-12 for a mean
 * of 0 reads "0" (and never "−0"); `data-value` keeps the full number.
 */
export function formatParameter(value: number): string {
  return formatNumber(Number(value.toFixed(4)) + 0);
}

/** Where each fit ends: its last iterate, the fitted (m, s). */
export function finalPoints(fits: Readonly<Record<Direction, Fit>>): Record<Direction, FitPoint> {
  return { forward: fits.forward.path.at(-1)!, reverse: fits.reverse.path.at(-1)! };
}

/** The mean and standard deviation of both fits `points`, named like their readouts. */
export function parametersOf(points: Readonly<Record<Direction, FitPoint>>): FittedParameter[] {
  return DIRECTIONS.flatMap((direction) => {
    const { mu, sigma } = points[direction];
    const title = direction === 'forward' ? 'Forward fit' : 'Reverse fit';
    return [
      { name: `${direction}-mu`, label: `${title}: mean m`, value: mu },
      { name: `${direction}-sigma`, label: `${title}: standard deviation s`, value: sigma },
    ];
  });
}

/** The fitted mean and standard deviation of both full fits of `state`. */
export function fittedParameters(state: KlFitState): FittedParameter[] {
  return parametersOf(finalPoints(fitBoth(state)));
}

/** The readout of the divergence a fit reaches, `value` in `unit`. */
export function divergenceReadout(direction: Direction, value: number, unit: Unit): ReadoutValue {
  return {
    name: `${direction}-kl`,
    label: direction === 'forward' ? 'Forward fit reaches D(p‖q)' : 'Reverse fit reaches D(q‖p)',
    value,
    unit,
  };
}

export const klFitModel: WidgetModel<KlFitState> = {
  kind: 'kl-fit',
  defaults: { weight: 0.5, mu1: -3, mu2: 3, sigma: 0.7 },
  codecs: {
    weight: boundedNumber(WEIGHT_MIN, WEIGHT_MAX),
    mu1: boundedNumber(-MU_LIMIT, MU_LIMIT),
    mu2: boundedNumber(-MU_LIMIT, MU_LIMIT),
    sigma: boundedNumber(SIGMA_MIN, SIGMA_MAX),
  },
  readouts(state, unit) {
    const points = finalPoints(fitBoth(state));
    const base = unitBase(unit);
    return DIRECTIONS.map((direction) => {
      const { mu, sigma } = points[direction];
      const value = objective(state, direction, base)(mu, Math.log(sigma));
      return divergenceReadout(direction, value, unit);
    });
  },
};
