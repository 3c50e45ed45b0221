/**
 * The quick fit shown while the reader drags or slides: the same two divergences and the same
 * Newton iteration as the full fit (`fit.ts`), made cheap in two ways.
 *
 * - Coarse quadrature: each integral is one 15-point Gauss–Kronrod panel per piece (`integrate`
 *   with no error target), a fixed rule, so the objective stays smooth in θ and the optimiser's
 *   finite differences stay meaningful. Forward, D(p‖q) = H(p, q) − h(p) over the same pieces as
 *   the full fit; reverse, D(q‖p) = H(q, p) − h(q) with H(q, p) over eight panels covering
 *   m ± 8s and h(q) in closed form (`gaussianEntropy`).
 * - Warm start: from the fit shown last, for at most `WARM.maxSteps` steps; with nothing shown
 *   yet, from the full fit's starting point, to convergence.
 *
 * It lands close to the full fit (the divergences within ~1e-6 relative once converged), but
 * not on it, and warm-started it may follow another local minimum: the full fit replaces it
 * once the input stops.
 */
import {
  continuousCrossEntropy,
  differentialEntropy,
  gaussianEntropy,
  gaussianLogPdf,
} from '../../../lib/index.ts';
import {
  forwardPieces,
  minimise,
  runToEnd,
  startingPoint,
  type Direction,
  type FitStep,
  type MinimiseLimits,
} from './fit.ts';
import { mixtureLogPdf, type MixtureState } from './mixture.ts';

/** One panel per piece: `integrate` stops at its first estimate. */
const ONE_PANEL = { absTolerance: Infinity } as const;
/** The reverse integral's window, in s either side of m, and its number of panels. */
const REVERSE_WINDOW = 8;
const REVERSE_PANELS = 8;

/** Warm-started: a few steps, enough to follow a drag; cold: to convergence. */
export const WARM: MinimiseLimits = { maxSteps: 4, stepTolerance: 1e-6 };
const COLD: MinimiseLimits = { maxSteps: 80, stepTolerance: 1e-7 };

/** The coarse divergence of the chosen direction at θ = (m, ln s), in `base` (see above). */
export function coarseObjective(
  state: MixtureState,
  direction: Direction,
  base = Math.E,
): (m: number, logS: number) => number {
  const p = { logPdf: mixtureLogPdf(state) };
  const q = (m: number, s: number) => ({ logPdf: (x: number) => gaussianLogPdf(x, m, s) });
  const options = { base, ...ONE_PANEL };
  if (direction === 'reverse') {
    return (m, logS) => {
      const s = Math.exp(logS);
      const width = (2 * REVERSE_WINDOW * s) / REVERSE_PANELS;
      let crossEntropy = 0;
      for (let k = 0; k < REVERSE_PANELS; k++) {
        const a = m - REVERSE_WINDOW * s + k * width;
        crossEntropy += continuousCrossEntropy(q(m, s), p, a, a + width, options);
      }
      return Math.max(0, crossEntropy - gaussianEntropy(s, { base }));
    };
  }
  const pieces = forwardPieces(state);
  const entropyOfP = pieces.reduce((sum, [a, b]) => sum + differentialEntropy(p, a, b, options), 0);
  return (m, logS) => {
    const qDensity = q(m, Math.exp(logS));
    const crossEntropy = pieces.reduce(
      (sum, [a, b]) => sum + continuousCrossEntropy(p, qDensity, a, b, options),
      0,
    );
    return Math.max(0, crossEntropy - entropyOfP);
  };
}

/**
 * Both coarse fits for `state`, warm-started from `from` (the fits shown last) if given; each
 * with its divergence in `base`.
 */
export function coarseFits(
  state: MixtureState,
  base: number,
  from?: Readonly<Record<Direction, { mu: number; sigma: number }>>,
): Record<Direction, FitStep> {
  const fit = (direction: Direction): FitStep => {
    const path = runToEnd(
      minimise(
        coarseObjective(state, direction, base),
        from?.[direction] ?? startingPoint(state),
        from ? WARM : COLD,
      ),
    );
    return path.at(-1)!;
  };
  return { forward: fit('forward'), reverse: fit('reverse') };
}
