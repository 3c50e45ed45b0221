import { requireDistribution } from './validate.ts';

/**
 * Codeword lengths of a binary Huffman code for q: an optimal prefix code, whose expected
 * length L = Σ qᵢ ℓᵢ is the smallest possible, with H(q) ≤ L < H(q) + 1 bits whenever at least
 * two outcomes have positive probability.
 *
 * Built by hand with the two-queue method: sort the outcomes by probability, then repeatedly
 * merge the two lightest nodes, taking them from the sorted outcomes and from the queue of
 * merged nodes (which comes out already sorted). Deterministic: ties between outcomes go to the
 * lower index, and a tie between an outcome and a merged node goes to the outcome (this also
 * gives the code with the shortest longest codeword among the optimal ones).
 *
 * Decisions at the edges:
 * - One outcome: length 0 (nothing needs to be sent), `[1] → [0]`.
 * - Outcomes with qᵢ = 0 still get a codeword (the longest), so every symbol can be encoded and
 *   Σ 2^(−ℓᵢ) = 1 exactly. They add nothing to L. (A point mass next to zero-probability
 *   outcomes therefore costs 1 bit, not H = 0.)
 *
 * @returns a `Float64Array` of integer lengths
 * @throws {DistributionError} q empty or not a distribution (see `assertDistribution`)
 * @example huffmanCodeLengths([0.5, 0.25, 0.125, 0.125]) // => Float64Array [1, 2, 3, 3]
 * @example huffmanCodeLengths([0.4, 0.3, 0.3]) // => Float64Array [1, 2, 2]
 */
export function huffmanCodeLengths(q: ArrayLike<number>): Float64Array {
  requireDistribution('huffmanCodeLengths', 'q', q);
  const outcomeCount = q.length;
  const lengths = new Float64Array(outcomeCount);
  if (outcomeCount === 1) return lengths;

  // Nodes 0…n−1 are the outcomes; n, n+1, … are merged nodes in the order they are made.
  const nodeCount = 2 * outcomeCount - 1;
  const weights = new Float64Array(nodeCount);
  const parents = new Int32Array(nodeCount).fill(-1);
  for (let i = 0; i < outcomeCount; i++) weights[i] = q[i]!;
  const sortedOutcomes = Array.from({ length: outcomeCount }, (_, i) => i).sort(
    (a, b) => weights[a]! - weights[b]! || a - b,
  );

  let nextOutcome = 0;
  let nextMerged = outcomeCount;
  const takeLightest = (created: number): number => {
    const outcome = sortedOutcomes[nextOutcome];
    if (
      outcome !== undefined &&
      (nextMerged === created || weights[outcome]! <= weights[nextMerged]!)
    ) {
      nextOutcome++;
      return outcome;
    }
    return nextMerged++;
  };
  for (let created = outcomeCount; created < nodeCount; created++) {
    const first = takeLightest(created);
    const second = takeLightest(created);
    weights[created] = weights[first]! + weights[second]!;
    parents[first] = created;
    parents[second] = created;
  }

  // A parent is made after its children, so one backward pass yields every depth.
  const depths = new Float64Array(nodeCount);
  for (let node = nodeCount - 2; node >= 0; node--) depths[node] = depths[parents[node]!]! + 1;
  lengths.set(depths.subarray(0, outcomeCount));
  return lengths;
}
