/**
 * Fitting one Gaussian q = N(m, s²) to the two-mode mixture p by minimising a KL divergence:
 *
 * - forward  D(p‖q) = ∫ p log(p/q) dx — q must cover wherever p has mass ("mass-covering");
 *   its minimiser is moment matching (m, s) = (mean, sd) of p;
 * - reverse  D(q‖p) = ∫ q log(q/p) dx — q is punished for mass where p has little
 *   ("mode-seeking"); with modes far apart it settles on one of them.
 *
 * Each objective is a numeric integral from `src/lib` (see `objective`), in nats, as a function
 * of θ = (m, ln s). The optimiser is Newton's method with derivatives by
 * central differences (step h = 1e-4 in each coordinate, 9 objective values per step), falling
 * back to the negative gradient where the Hessian is not positive definite, with a
 * backtracking line search that only accepts a decrease. It is deterministic: the same state
 * always gives the same path, whether it runs at once (`fitGaussian`, `fitBoth`) or one step
 * per task (`fitSteps`, `fitBothSteps`, for the client to refine without blocking input).
 *
 * Start (both fits): m halfway between the mixture's mean and the heavier component's mean (μ₁
 * on a tie), s = σ, the width of one component. A symmetric mixture then does not leave the
 * reverse fit balanced between the modes, and a start far wider than a mode would let it settle
 * on the wide local minimum that covers both.
 */
import {
  continuousCrossEntropy,
  continuousKl,
  differentialEntropy,
  DistributionError,
  gaussianLogPdf,
} from '../../../lib/index.ts';
import { mixtureLogPdf, mixtureMoments, type MixtureState } from './mixture.ts';

export type Direction = 'forward' | 'reverse';

/** A Gaussian q = N(m, s²): its mean and standard deviation. */
export interface FitPoint {
  mu: number;
  sigma: number;
}

export interface FitStep extends FitPoint {
  /** The divergence at this (mu, sigma), in nats (in the objective's base). */
  divergence: number;
}

export interface Fit {
  /** Iterates from the start to the minimiser (the last entry). */
  path: FitStep[];
}

const H = 1e-4;
const MAX_STEPS = 80;
const STEP_TOLERANCE = 1e-9;
/** Quadrature tolerance: far below what the optimiser's finite differences can resolve. */
const QUADRATURE = { relTolerance: 1e-12, absTolerance: 1e-14 } as const;

/** Half-width, in standard deviations, of the windows the integrals run over (mass outside: e^(−72)). */
const WINDOW = 12;
/** The forward integral is cut into pieces at most this many σ wide, so no narrow mode is missed. */
const PIECE = 4;

/**
 * The divergence of the chosen direction at θ = (m, ln s), in nats (or in `base`).
 *
 * Reverse, D(q‖p): one `continuousKl` over m ± 12s, where q has its mass (q is smooth there).
 * Forward, D(p‖q) = H(p, q) − h(p): p has two possibly narrow modes, which a quadrature over one
 * long interval can step over, so both integrals are summed over pieces at most 4σ wide covering
 * μ₁ ± 12σ and μ₂ ± 12σ (`continuousCrossEntropy` and `differentialEntropy` add over pieces;
 * `continuousKl` clamps each piece at 0, so it would not). h(p) does not depend on θ and is
 * computed once.
 */
export function objective(
  state: MixtureState,
  direction: Direction,
  base = Math.E,
): (m: number, logS: number) => number {
  const p = { logPdf: mixtureLogPdf(state) };
  const q = (m: number, s: number) => ({ logPdf: (x: number) => gaussianLogPdf(x, m, s) });
  if (direction === 'reverse') {
    return (m, logS) => {
      const s = Math.exp(logS);
      return continuousKl(q(m, s), p, m - WINDOW * s, m + WINDOW * s, { base, ...QUADRATURE });
    };
  }
  const pieces = forwardPieces(state);
  const entropyOfP = pieces.reduce(
    (sum, [a, b]) => sum + differentialEntropy(p, a, b, { base, ...QUADRATURE }),
    0,
  );
  return (m, logS) => {
    const qDensity = q(m, Math.exp(logS));
    const crossEntropy = pieces.reduce(
      (sum, [a, b]) => sum + continuousCrossEntropy(p, qDensity, a, b, { base, ...QUADRATURE }),
      0,
    );
    return Math.max(0, crossEntropy - entropyOfP);
  };
}

/** Consecutive intervals, each at most 4σ wide, covering μ₁ ± 12σ and μ₂ ± 12σ (merged if they overlap). */
export function forwardPieces({ mu1, mu2, sigma }: MixtureState): [number, number][] {
  const low = Math.min(mu1, mu2);
  const high = Math.max(mu1, mu2);
  const windows: [number, number][] =
    high - low <= 2 * WINDOW * sigma
      ? [[low - WINDOW * sigma, high + WINDOW * sigma]]
      : [
          [low - WINDOW * sigma, low + WINDOW * sigma],
          [high - WINDOW * sigma, high + WINDOW * sigma],
        ];
  return windows.flatMap(([a, b]) => {
    const count = Math.ceil((b - a) / (PIECE * sigma));
    return Array.from({ length: count }, (_, k): [number, number] => [
      a + ((b - a) * k) / count,
      a + ((b - a) * (k + 1)) / count,
    ]);
  });
}

/** The common starting point of both fits (see the module comment). */
export function startingPoint(state: MixtureState): FitPoint {
  const { mean } = mixtureMoments(state);
  const heavier = state.weight >= 0.5 ? state.mu1 : state.mu2;
  return { mu: mean + 0.5 * (heavier - mean), sigma: state.sigma };
}

/** How long `minimise` may go on. */
export interface MinimiseLimits {
  maxSteps: number;
  /** Stop once a step in (m, ln s) is shorter than this. */
  stepTolerance: number;
}

const FULL: MinimiseLimits = { maxSteps: MAX_STEPS, stepTolerance: STEP_TOLERANCE };

/**
 * Minimise f over θ = (m, ln s) from `start` (see the module comment), pausing (`yield`) after
 * each Newton direction and each trial of the line search, so that a caller can spread the
 * work over several tasks; returns every iterate, the start first and the minimiser last.
 */
export function* minimise(
  f: (m: number, logS: number) => number,
  start: FitPoint,
  { maxSteps, stepTolerance }: MinimiseLimits = FULL,
): Generator<void, FitStep[], void> {
  let x = start.mu;
  let y = Math.log(start.sigma);
  let value = f(x, y);
  const path: FitStep[] = [{ mu: x, sigma: Math.exp(y), divergence: value }];
  for (let step = 0; step < maxSteps; step++) {
    const [dx, dy] = descentDirection(f, x, y, value);
    yield;
    let scale = 1;
    let accepted = false;
    while (scale > 1e-8) {
      const nx = x + scale * dx;
      const ny = y + scale * dy;
      const next = trialValue(f, nx, ny);
      yield;
      if (next < value) {
        accepted = true;
        x = nx;
        y = ny;
        value = next;
        break;
      }
      scale /= 2;
    }
    if (!accepted) break;
    path.push({ mu: x, sigma: Math.exp(y), divergence: value });
    if (Math.hypot(scale * dx, scale * dy) < stepTolerance) break;
  }
  return path;
}

/**
 * f at a trial point of the line search, or +∞ where its integral does not converge: a wild
 * first step (m far out, s ~ 1e-10) must count as "no decrease" and be halved, not end the fit.
 */
function trialValue(f: (m: number, logS: number) => number, m: number, logS: number): number {
  try {
    return f(m, logS);
  } catch (error) {
    if (error instanceof DistributionError) return Infinity;
    throw error;
  }
}

/** Run a generator to its end and return what it returns. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The full fit of one direction, a little of it per `next()` (see `minimise`, `fitGaussian`). */
export function* fitSteps(state: MixtureState, direction: Direction): Generator<void, Fit, void> {
  return { path: yield* minimise(objective(state, direction), startingPoint(state)) };
}

/** Minimise the chosen divergence over (m, ln s); returns every iterate. */
export function fitGaussian(state: MixtureState, direction: Direction): Fit {
  return runToEnd(fitSteps(state, direction));
}

/** Newton direction −H⁻¹g where H is positive definite, else −g (both by central differences). */
function descentDirection(
  f: (m: number, logS: number) => number,
  x: number,
  y: number,
  center: number,
): [number, number] {
  const xp = f(x + H, y);
  const xm = f(x - H, y);
  const yp = f(x, y + H);
  const ym = f(x, y - H);
  const gx = (xp - xm) / (2 * H);
  const gy = (yp - ym) / (2 * H);
  const hxx = (xp - 2 * center + xm) / (H * H);
  const hyy = (yp - 2 * center + ym) / (H * H);
  const hxy = (f(x + H, y + H) - f(x + H, y - H) - f(x - H, y + H) + f(x - H, y - H)) / (4 * H * H);
  const det = hxx * hyy - hxy * hxy;
  if (hxx > 0 && det > 0) return [-(hyy * gx - hxy * gy) / det, -(hxx * gy - hxy * gx) / det];
  return [-gx, -gy];
}

/** The last few states fitted (several widgets on a page each keep theirs), oldest first. */
const cache = new Map<string, Record<Direction, Fit>>();
const CACHE_SIZE = 4;

const cacheKey = (state: MixtureState): string =>
  JSON.stringify([state.weight, state.mu1, state.mu2, state.sigma]);

/** Both full fits for `state` if they are computed already (one of the last few), else undefined. */
export function knownFits(state: MixtureState): Record<Direction, Fit> | undefined {
  return cache.get(cacheKey(state));
}

/**
 * Both full fits for `state`, a little per `next()`, remembered when done (so that `fitBoth`
 * then returns them at once). Stopping early leaves nothing behind.
 */
export function* fitBothSteps(state: MixtureState): Generator<void, Record<Direction, Fit>, void> {
  const known = knownFits(state);
  if (known) return known;
  const forward = yield* fitSteps(state, 'forward');
  const reverse = yield* fitSteps(state, 'reverse');
  const fits = { forward, reverse };
  cache.set(cacheKey(state), fits);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return fits;
}

/** Both fits for `state` (memoised: readouts and chart share one computation). */
export function fitBoth(state: MixtureState): Record<Direction, Fit> {
  return runToEnd(fitBothSteps(state));
}
