import { requireJointDistribution, type JointDistribution } from './joint-table.ts';
import { klDivergence } from './kl-divergence.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { marginalsOfChecked } from './marginals.ts';

/**
 * Mutual information of two discrete variables: how far their joint distribution is from the
 * independent one with the same marginals, as a Kullback–Leibler divergence.
 *
 *   I(X;Y) = D( p(x, y) ‖ p(x) p(y) ) = Σₓ Σᵧ p(x, y) log_b( p(x, y) / (p(x) p(y)) )
 *          = H(X) − H(X|Y) = H(Y) − H(Y|X) = H(X) + H(Y) − H(X,Y).
 *
 * Computed with `klDivergence` on the flattened table and the flattened product of its
 * marginals, so it inherits that function's care: never negative (round-off is clamped to 0),
 * full relative precision near independence. Never infinite: where p(x) p(y) = 0, p(x, y) = 0
 * too. Symmetric, I(X;Y) = I(Y;X), although the divergence is not. Zero exactly when X and Y
 * are independent; at most min(H(X), H(Y)).
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * @throws {DistributionError} joint empty or ragged; an entry NaN, ±∞, negative or > 1; the
 *   entries not summing to 1 within 1e-9; base not finite, ≤ 0 or 1
 * @example mutualInformation([[0.5, 0], [0, 0.5]]) // => 1
 * @example mutualInformation([[0.25, 0.25], [0.25, 0.25]]) // => 0
 */
export function mutualInformation(
  joint: JointDistribution,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  naturalLogOfBase('mutualInformation', base);
  const { columns } = requireJointDistribution('mutualInformation', joint);
  const { x, y } = marginalsOfChecked(joint, columns);
  const cells: number[] = [];
  const independent: number[] = [];
  joint.forEach((row, i) => {
    for (let j = 0; j < columns; j++) {
      cells.push(row[j]!);
      independent.push(x[i]! * y[j]!);
    }
  });
  return klDivergence(cells, independent, { base });
}
