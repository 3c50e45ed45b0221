/**
 * A pair of distributions p and q over the same outcomes: the state (or part of the state) of
 * every widget that compares two distributions (cross-entropy, KL, coding with the wrong code).
 * Pure: the live editing of a pair is `pair-widget-element.ts`.
 */

export interface DistributionPair {
  /** The distribution the data come from: 2–10 probabilities summing to 1. */
  p: number[];
  /** The model the code is built for: as many probabilities as p, summing to 1. */
  q: number[];
}

/** The reason p and q cannot be compared (different numbers of outcomes), or undefined. */
export function pairProblem({ p, q }: DistributionPair): string | undefined {
  return p.length === q.length
    ? undefined
    : `q has ${q.length} outcomes but p has ${p.length}; give both the same number`;
}
