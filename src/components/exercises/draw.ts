/**
 * Drawing an exercise's numbers from a seeded `Rng` (src/lib/rng.ts): round numbers a reader
 * can work with, the same for the same seed on every browser.
 */
import type { Rng } from '../../lib/index.ts';

/** An integer in [low, high]. */
export function drawInteger(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** A multiple of `step` in [low, high] (exact to the step's decimals). */
export function drawStep(rng: Rng, low: number, high: number, step: number): number {
  const count = Math.round((high - low) / step);
  return roundTo(low + drawInteger(rng, 0, count) * step, step);
}

/** Rounds to the decimals of `step` (0.05 → 2 decimals), so 0.1 + 0.2 reads 0.3. */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Number(value.toFixed(decimals));
}

/**
 * A distribution of `n` probabilities, each a positive multiple of `step`, summing to 1:
 * `n − 1` distinct cut points of [0, 1] on the step grid.
 */
export function drawDistribution(rng: Rng, n: number, step = 0.05): number[] {
  const slots = Math.round(1 / step);
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(drawInteger(rng, 1, slots - 1));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), slots];
  return sorted.slice(1).map((cut, i) => roundTo((cut - sorted[i]!) * step, step));
}

/** Two different values from `choices`. */
export function drawPair<T>(rng: Rng, choices: readonly T[]): [T, T] {
  const first = drawInteger(rng, 0, choices.length - 1);
  let second = drawInteger(rng, 0, choices.length - 2);
  if (second >= first) second++;
  return [choices[first]!, choices[second]!];
}
