import { CompensatedSum } from './compensated-sum.ts';
import { entropy } from './entropy.ts';
import { DistributionError } from './errors.ts';
import { requireJointDistribution, type JointDistribution } from './joint-table.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { marginalsOfChecked } from './marginals.ts';

/** Which variable is known: `'y'` gives H(X|Y), `'x'` gives H(Y|X). */
export type GivenVariable = 'x' | 'y';

/**
 * Conditional entropy: the uncertainty left about one variable once the other is known,
 * averaged over what is learnt. With `given = 'y'` (rows are X, columns are Y):
 *
 *   H(X|Y) = Σᵧ p(y) H(X | Y = y) = Σₓ Σᵧ p(x, y) log_b( p(y) / p(x, y) ),
 *
 * the entropy of each column's conditional distribution p(x | y), weighted by p(y); with
 * `given = 'x'`, H(Y|X) likewise over the rows. Every term is ≥ 0, so no cancellation: the sum
 * is accurate even when the result is tiny. Terms with p(x, y) = 0 contribute 0.
 *
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 * Range: 0 ≤ H(X|Y) ≤ H(X) ("information never hurts on average"); 0 when X is a function of Y,
 * H(X) when X and Y are independent. The result is clamped to H(X) so round-off never breaks
 * that inequality. Chain rule: H(X,Y) = H(Y) + H(X|Y).
 *
 * @param given the variable that is known: 'y' for H(X|Y), 'x' for H(Y|X)
 * @throws {DistributionError} joint empty or ragged; an entry NaN, ±∞, negative or > 1; the
 *   entries not summing to 1 within 1e-9; given neither 'x' nor 'y'; base not finite, ≤ 0 or 1
 * @example conditionalEntropy([[0.25, 0.25], [0, 0.5]], 'x') // => 0.5
 * @example conditionalEntropy([[0.5, 0], [0, 0.5]], 'y') // => 0
 */
export function conditionalEntropy(
  joint: JointDistribution,
  given: GivenVariable,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('conditionalEntropy', base);
  if (given !== 'x' && given !== 'y') {
    throw new DistributionError(
      `conditionalEntropy: given = ${String(given)} must be 'x' (for H(Y|X)) or 'y' (for H(X|Y))`,
      { functionName: 'conditionalEntropy', argument: 'given', value: given },
    );
  }
  const { columns } = requireJointDistribution('conditionalEntropy', joint);
  const margins = marginalsOfChecked(joint, columns);
  const nats = new CompensatedSum();
  joint.forEach((row, i) => {
    for (let j = 0; j < columns; j++) {
      const entry = row[j]!;
      if (entry === 0) continue;
      const known = given === 'y' ? margins.y[j]! : margins.x[i]!;
      nats.add(entry * Math.log(known / entry)); // ≥ 0: a cell never exceeds its row or column
    }
  });
  // The ceiling H(X) in nats, computed by `entropy` itself, so that H(X|Y) ≤ H(X) holds exactly
  // against the entropy of the marginal in any base.
  const ceiling = entropy(given === 'y' ? margins.x : margins.y, { base: Math.E });
  const result = Math.max(0, Math.min(nats.value, ceiling));
  return result === 0 ? 0 : result / lnBase;
}
