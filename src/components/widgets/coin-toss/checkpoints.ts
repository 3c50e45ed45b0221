/**
 * Where a run is looked at: about `CHART_POINTS` toss counts, log-spaced from 1 to n (the chart
 * never draws n points), and the seed of each run. Shared by the page and the draw worker.
 */

export const CHART_POINTS = 400;

/** About `CHART_POINTS` distinct toss counts 1 … n, evenly spaced on a log scale, n last. */
export function checkpoints(n: number): number[] {
  const sizes = new Set<number>();
  for (let k = 0; k < CHART_POINTS; k++) {
    sizes.add(Math.max(1, Math.round(n ** (k / (CHART_POINTS - 1)))));
  }
  sizes.add(n);
  return [...sizes].sort((a, b) => a - b);
}

/** The seed of run r. */
export function runSeed(seed: number, run: number): number {
  return (seed + run) % 2 ** 32;
}
