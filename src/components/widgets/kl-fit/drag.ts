/**
 * The kl-fit chart's grab points and what dragging them means. Three dots on the mixture p:
 * index 0 the first mode's peak (drag sideways: μ₁), index 1 the second mode's peak (μ₂) and
 * index 2 a width handle one σ outside the second mode, on the side away from the first
 * (drag: σ, the distance from μ₂). Values are clamped to the controls' ranges and rounded to
 * the slider step, so a drag lands on a state the sliders and a link can show.
 */
import { toSliderStep } from '../../kit/slider-step.ts';
import { MU_LIMIT, SIGMA_MAX, SIGMA_MIN, type KlFitState } from './model.ts';

export const HANDLES = 'p-handles';

/** +1 if the width handle sits right of μ₂ (μ₂ ≥ μ₁), −1 if left. */
export function widthSide({ mu1, mu2 }: KlFitState): 1 | -1 {
  return mu2 >= mu1 ? 1 : -1;
}

/** The x of each grab point: [μ₁, μ₂, μ₂ ± σ]. */
export function handleXs(state: KlFitState): [number, number, number] {
  return [state.mu1, state.mu2, state.mu2 + widthSide(state) * state.sigma];
}

/** The state after dragging grab point `index` to x (only x matters). */
export function dragTo(state: KlFitState, index: number, x: number): KlFitState {
  if (index === 0) return { ...state, mu1: toSliderStep(x, -MU_LIMIT, MU_LIMIT) };
  if (index === 1) return { ...state, mu2: toSliderStep(x, -MU_LIMIT, MU_LIMIT) };
  const sigma = widthSide(state) * (x - state.mu2);
  return { ...state, sigma: toSliderStep(sigma, SIGMA_MIN, SIGMA_MAX) };
}
