/** The coin-toss experiment's bounds: tosses a run, runs overlaid, each coin's P(heads). */
export const MAX_TOSSES = 1_000_000;
export const MAX_RUNS = 5;
export const MIN_PROBABILITY = 0.01;
export const MAX_PROBABILITY = 0.99;
/** From this many tosses, a new seed's draws are drawn in a worker (`draw-requests.ts`). */
export const BACKGROUND_MIN_TOSSES = 100_000;
