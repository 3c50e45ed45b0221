/**
 * Joint entropy widget: a joint distribution p(x, y) of two variables, 2–4 outcomes each,
 * written row by row (rows are the outcomes of X, columns those of Y).
 * Readouts, all from `src/lib` in the site unit: `entropy-x` H(X), `entropy-y` H(Y),
 * `joint-entropy` H(X,Y), `conditional-x-given-y` H(X|Y), `conditional-y-given-x` H(Y|X) and
 * `mutual-information` I(X;Y).
 * URL: `JOINT-ENTROPY-ID.joint=0.4,0.1,0.1,0.4&JOINT-ENTROPY-ID.rows=2`.
 */
import {
  conditionalEntropy,
  entropy,
  jointEntropy,
  marginals,
  mutualInformation,
} from '../../../lib/index.ts';
import { boundedInteger, probabilityList } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export const MIN_SIDE = 2;
export const MAX_SIDE = 4;

export interface JointEntropyState {
  /** The table p(x, y) row by row: `rows` × columns probabilities summing to 1. */
  joint: number[];
  /** How many rows (outcomes of X) the table has, 2–4; the columns follow from `joint`. */
  rows: number;
}

/** The table as rows: `joint[i][j]` = p(X = i + 1, Y = j + 1). */
export function tableOf({ joint, rows }: JointEntropyState): number[][] {
  const columns = joint.length / rows;
  return Array.from({ length: rows }, (_, i) => joint.slice(i * columns, (i + 1) * columns));
}

/** The number of columns (outcomes of Y). */
export function columnsOf({ joint, rows }: JointEntropyState): number {
  return joint.length / rows;
}

/** Why `joint` cannot be read as a table of `rows` rows of 2–4 columns, or undefined. */
export function shapeProblem({ joint, rows }: JointEntropyState): string | undefined {
  const columns = joint.length / rows;
  if (!Number.isInteger(columns)) {
    return `the table has ${joint.length} cells, which do not split into ${rows} equal rows`;
  }
  if (columns < MIN_SIDE || columns > MAX_SIDE) {
    return `${rows} rows of ${columns} cells: a table needs ${MIN_SIDE} to ${MAX_SIDE} columns`;
  }
  return undefined;
}

/** The independent table with the same marginals: p(x) p(y), row by row. */
export function independentTable(state: JointEntropyState): number[] {
  const { x, y } = marginals(tableOf(state));
  return x.flatMap((px) => y.map((py) => px * py));
}

/**
 * A perfectly dependent table of the same shape: all mass on the diagonal, so each variable
 * determines the other and I(X;Y) = H(X) = H(Y). The diagonal keeps the marginal of the side
 * with fewer outcomes: p(x) when there are no more rows than columns, else p(y).
 */
export function dependentTable(state: JointEntropyState): number[] {
  const rows = state.rows;
  const columns = columnsOf(state);
  const { x, y } = marginals(tableOf(state));
  const kept = rows <= columns ? x : y;
  return Array.from({ length: rows * columns }, (_, k) => {
    const i = Math.floor(k / columns);
    const j = k % columns;
    return i === j ? kept[i]! : 0;
  });
}

export const jointEntropyModel: WidgetModel<JointEntropyState> = {
  kind: 'joint-entropy',
  defaults: { joint: [0.3, 0.1, 0.05, 0.15, 0.1, 0.3], rows: 2 },
  codecs: {
    joint: probabilityList({ minLength: MIN_SIDE * MIN_SIDE, maxLength: MAX_SIDE * MAX_SIDE }),
    rows: boundedInteger(MIN_SIDE, MAX_SIDE),
  },
  validate: shapeProblem,
  readouts(state, unit) {
    const base = unitBase(unit);
    const table = tableOf(state);
    const { x, y } = marginals(table);
    return [
      { name: 'entropy-x', label: 'H(X)', value: entropy(x, { base }), unit },
      { name: 'entropy-y', label: 'H(Y)', value: entropy(y, { base }), unit },
      { name: 'joint-entropy', label: 'Joint H(X,Y)', value: jointEntropy(table, { base }), unit },
      {
        name: 'conditional-x-given-y',
        label: 'H(X|Y)',
        value: conditionalEntropy(table, 'y', { base }),
        unit,
      },
      {
        name: 'conditional-y-given-x',
        label: 'H(Y|X)',
        value: conditionalEntropy(table, 'x', { base }),
        unit,
      },
      {
        name: 'mutual-information',
        label: 'I(X;Y)',
        value: mutualInformation(table, { base }),
        unit,
      },
    ];
  },
};
