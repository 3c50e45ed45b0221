/**
 * What the kl-fit widget shows while the reader works it, and how the full fit catches up.
 *
 * - `currentFits(state, unit, shown)`: the full fit's results if they are known for this state
 *   (exactly the model's readouts), else a coarse fit warm-started from the fits shown last
 *   (`coarse-fit.ts`), cheap enough for every input.
 * - `refineLater(state, delayMs, done)`: after `delayMs` (the reader may still be moving), run
 *   the full fit (`fitBothSteps`) a little per task, each task about `SLICE_MS` of
 *   work, so input stays responsive; `done` is called once it is known (`knownFits`), unless
 *   cancelled first.
 */
import type { ReadoutValue } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import { coarseFits } from './coarse-fit.ts';
import { fitBothSteps, knownFits, type Direction, type FitPoint } from './fit.ts';
import {
  DIRECTIONS,
  divergenceReadout,
  finalPoints,
  klFitModel,
  type KlFitState,
} from './model.ts';

/** Work per task while refining, in ms: a slice ends after the objective evaluations that pass it. */
export const SLICE_MS = 5;

export interface ShownFits {
  /** The (m, s) of each fit. */
  points: Record<Direction, FitPoint>;
  /** The divergence readouts, `forward-kl` and `reverse-kl`. */
  readouts: ReadoutValue[];
  /** Whether these are the full fit's results (else a coarse fit's). */
  refined: boolean;
}

/** The fits to show for `state` in `unit` now; `shown` (the fits shown last) warm-starts a coarse fit. */
export function currentFits(state: KlFitState, unit: Unit, shown?: ShownFits): ShownFits {
  const known = knownFits(state);
  if (known) {
    return {
      points: finalPoints(known),
      readouts: klFitModel.readouts(state, unit),
      refined: true,
    };
  }
  const coarse = coarseFits(state, unitBase(unit), shown?.points);
  return {
    points: coarse,
    readouts: DIRECTIONS.map((direction) =>
      divergenceReadout(direction, coarse[direction].divergence, unit),
    ),
    refined: false,
  };
}

export interface Refinement {
  readonly state: KlFitState;
  /** Start now if still waiting out the delay. */
  hurry(): void;
  /** Stop; `done` will not be called. */
  cancel(): void;
}

/** Compute the full fit of `state` in slices after `delayMs`, then call `done` (see above). */
export function refineLater(state: KlFitState, delayMs: number, done: () => void): Refinement {
  const steps = fitBothSteps(state);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  const slice = (): void => {
    started = true;
    timer = undefined;
    const until = performance.now() + SLICE_MS;
    while (!steps.next().done) {
      if (performance.now() >= until) {
        timer = setTimeout(slice, 0);
        return;
      }
    }
    done();
  };
  timer = setTimeout(slice, delayMs);
  return {
    state,
    hurry() {
      if (started || timer === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(slice, 0);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      started = true;
    },
  };
}
