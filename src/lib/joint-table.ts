import { CompensatedSum } from './compensated-sum.ts';
import { DistributionError } from './errors.ts';
import { entryError, requireUnitSum } from './validate.ts';

/**
 * A joint distribution of two discrete variables as a table: `joint[i][j]` = p(X = xᵢ, Y = yⱼ).
 * Rows are the outcomes of X, columns the outcomes of Y; every row has the same length.
 */
export type JointDistribution = readonly ArrayLike<number>[];

/** The shape of a checked table: rows (outcomes of X) and columns (outcomes of Y). */
export interface JointShape {
  readonly rows: number;
  readonly columns: number;
}

/**
 * Checks that `joint` is a joint distribution: at least one row, every row as long as the first
 * and not empty, every entry finite and in [0, 1], and all entries summing to 1 within 1e-9
 * (summed with compensation).
 *
 * @throws {DistributionError} naming `functionName` and the row, column and value at fault
 */
export function requireJointDistribution(
  functionName: string,
  joint: JointDistribution,
): JointShape {
  const first = joint[0];
  if (!first || first.length === 0) {
    throw new DistributionError(
      `${functionName}: joint is empty; it needs at least one row with one outcome`,
      { functionName, argument: 'joint' },
    );
  }
  const columns = first.length;
  const total = new CompensatedSum();
  for (let i = 0; i < joint.length; i++) {
    const row = joint[i]!;
    if (row.length !== columns) {
      throw new DistributionError(
        `${functionName}: joint[${i}] has ${row.length} entries but joint[0] has ${columns}; ` +
          'every row of a joint table needs the same number of columns',
        { functionName, argument: `joint[${i}]`, index: i, value: row.length },
      );
    }
    for (let j = 0; j < columns; j++) {
      const entry = row[j]!;
      if (!(entry >= 0 && entry <= 1)) throw entryError(functionName, `joint[${i}]`, j, entry);
      total.add(entry);
    }
  }
  requireUnitSum(functionName, 'joint', total.value);
  return { rows: joint.length, columns };
}
