import { CompensatedSum } from './compensated-sum.ts';
import { requireJointDistribution, type JointDistribution } from './joint-table.ts';

/** The two marginal distributions of a joint table. */
export interface Marginals {
  /** p(x) = Σⱼ p(x, yⱼ): the row sums. */
  readonly x: number[];
  /** p(y) = Σᵢ p(xᵢ, y): the column sums. */
  readonly y: number[];
}

/**
 * Marginal distributions of a joint distribution given as rows (`joint[i][j]` = p(xᵢ, yⱼ)):
 * p(x) sums each row, p(y) each column (compensated sums, so each sums to 1 within round-off).
 * A sum that round-off takes past 1 is clamped to 1, so the marginals are valid input to
 * `entropy` and the other functions of one distribution.
 *
 * @throws {DistributionError} joint empty or ragged; an entry NaN, ±∞, negative or > 1; the
 *   entries not summing to 1 within 1e-9
 * @example marginals([[0.25, 0.25], [0, 0.5]]).x // => [0.5, 0.5]
 * @example marginals([[0.25, 0.25], [0, 0.5]]).y // => [0.25, 0.75]
 */
export function marginals(joint: JointDistribution): Marginals {
  const { columns } = requireJointDistribution('marginals', joint);
  return marginalsOfChecked(joint, columns);
}

/** The marginals of a table already checked by `requireJointDistribution` (each entry ≤ 1). */
export function marginalsOfChecked(joint: JointDistribution, columns: number): Marginals {
  const x = joint.map((row) => {
    const sum = new CompensatedSum();
    for (let j = 0; j < columns; j++) sum.add(row[j]!);
    return Math.min(1, sum.value);
  });
  const y = Array.from({ length: columns }, (_, j) => {
    const sum = new CompensatedSum();
    for (const row of joint) sum.add(row[j]!);
    return Math.min(1, sum.value);
  });
  return { x, y };
}
