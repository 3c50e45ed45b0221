/** Dragging the encoder's curve: its peak sets μ, its width handle at μ + σ sets σ. */
import { toSliderStep } from '../../kit/slider-step.ts';
import { MU_LIMIT, SIGMA_MAX, SIGMA_MIN, type VaeKlState } from './model.ts';

/** The state after dragging q's peak (index 0) or width handle (index 1) to z. */
export function dragTo(state: VaeKlState, index: number, z: number): VaeKlState {
  if (index === 0) return { ...state, mu: toSliderStep(z, -MU_LIMIT, MU_LIMIT) };
  return { ...state, sigma: toSliderStep(z - state.mu, SIGMA_MIN, SIGMA_MAX) };
}
