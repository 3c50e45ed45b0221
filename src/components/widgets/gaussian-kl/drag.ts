/**
 * What a drag on the Gaussian KL chart means: the grabbed curve's peak moves its mean to the
 * pointer's x; its width handle (drawn at μ + σ) sets σ to the pointer's distance right of the
 * mean. Values are clamped to the controls' ranges and rounded to the slider step, so a drag
 * lands on a state the slider and a link can show.
 */
import { toSliderStep } from '../../kit/slider-step.ts';
import { MU_LIMIT, SIGMA_MAX, SIGMA_MIN, type GaussianKlState } from './model.ts';

/** Dot marks of the chart and the state fields each one moves: [mean, standard deviation]. */
export const HANDLE_FIELDS = {
  'p-handles': ['mu1', 'sigma1'],
  'q-handles': ['mu2', 'sigma2'],
} as const satisfies Record<string, readonly [keyof GaussianKlState, keyof GaussianKlState]>;

export type HandleMark = keyof typeof HANDLE_FIELDS;

/**
 * The state after dragging dot `index` (0 the peak, 1 the width handle) of `mark` to x.
 * Only x matters: the peak's height follows from σ, which has its own handle.
 */
export function dragTo(
  state: GaussianKlState,
  mark: HandleMark,
  index: number,
  x: number,
): GaussianKlState {
  const [muField, sigmaField] = HANDLE_FIELDS[mark];
  if (index === 0) return { ...state, [muField]: toSliderStep(x, -MU_LIMIT, MU_LIMIT) };
  return { ...state, [sigmaField]: toSliderStep(x - state[muField], SIGMA_MIN, SIGMA_MAX) };
}
