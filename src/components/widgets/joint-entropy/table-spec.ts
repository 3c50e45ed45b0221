/**
 * The joint table as a picture the reader can grab: one group of bars per outcome x of X
 * (facets, headed "x = 1", "x = 2", …), one bar per outcome y of Y inside it, its height
 * p(x, y) on a fixed [0, 1] axis. Bars are in row-major order, the order of the state's
 * `joint` list, so a drag on bar k sets cell k. Plain data: no Plot, no DOM.
 */
import { marginals } from '../../../lib/index.ts';
import type { ChartSpec } from '../../kit/chart-spec.ts';
import { formatNumber } from '../../kit/format.ts';
import { columnsOf, tableOf, type JointEntropyState } from './model.ts';

/** The bar mark's name: what `enableBarDrag` grabs. */
export const TABLE_MARK = 'joint';

/** A compact height: the picture is a control, above the cells' inputs. */
export const TABLE_HEIGHT = 170;

/** The id of the picture's text alternative inside widget instance `instanceId`. */
export function tableDescriptionId(instanceId: string): string {
  return `${instanceId}-table-description`;
}

export function tableSpec(state: JointEntropyState): ChartSpec {
  const rows = tableOf(state);
  const columns = Array.from({ length: columnsOf(state) }, (_, j) => j + 1);
  return {
    height: TABLE_HEIGHT,
    margins: { top: 24, bottom: 30 },
    fx: {
      label: null,
      domain: rows.map((_, i) => i + 1),
      padding: 0.15,
      axis: 'top',
      ticks: rows.map((_, i) => i + 1),
      tickLabels: rows.map((_, i) => `x = ${i + 1}`),
    },
    x: {
      label: null,
      domain: columns,
      padding: 0.1,
      ticks: columns,
      tickLabels: columns.map((j) => `y${j}`),
    },
    y: { label: null, domain: [0, 1], ticks: [0, 0.5, 1], grid: true },
    marks: [
      {
        type: 'barY',
        name: TABLE_MARK,
        rows: rows.flatMap((row, i) =>
          row.map((value, j) => ({ fx: i + 1, x: j + 1, y1: 0, y2: value })),
        ),
        style: { tone: 'p' },
      },
      { type: 'ruleY', name: 'joint-base', rows: [{ y: 0 }] },
    ],
  };
}

export function describeTable(state: JointEntropyState): string {
  const rows = tableOf(state).map(
    (row, i) =>
      `x = ${i + 1}: ${row.map((value, j) => `p(x=${i + 1}, y=${j + 1}) ${formatNumber(value)}`).join(', ')}`,
  );
  return `Bars of the joint table, one group per outcome of X and one bar per outcome of Y: ${rows.join('; ')}.`;
}

/** Each cell's label, row by row: "p(x=1, y=2)". */
export function cellLabels(state: JointEntropyState): string[] {
  const columns = columnsOf(state);
  return state.joint.map((_, k) => `p(x=${Math.floor(k / columns) + 1}, y=${(k % columns) + 1})`);
}

/** The marginals as one line of text: "p(x): 0.45, 0.55 · p(y): 0.45, 0.25, 0.3". */
export function marginalsText(state: JointEntropyState): string {
  const { x, y } = marginals(tableOf(state));
  const list = (values: readonly number[]) =>
    values.map((value) => formatNumber(value, 3)).join(', ');
  return `p(x): ${list(x)} · p(y): ${list(y)}`;
}
