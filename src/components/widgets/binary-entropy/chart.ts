/**
 * Binary entropy chart: the curve h(q) for q from 0 to 1 (201 points, from `src/lib`) in the
 * site unit, with the current p marked by a dot (which the reader can drag along the curve)
 * and a dashed guide down to the axis.
 */
import { binaryEntropy } from '../../../lib/index.ts';
import type { LineMark } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { BinaryEntropyState } from './model.ts';

const CURVE_POINTS = 201;

const curves = new Map<Unit, LineMark['rows']>();

/** The curve h(q) in `unit`, computed once per unit (the same array every update). */
function curve(unit: Unit): LineMark['rows'] {
  let rows = curves.get(unit);
  if (!rows) {
    const base = unitBase(unit);
    rows = Array.from({ length: CURVE_POINTS }, (_, i) => {
      const q = i / (CURVE_POINTS - 1);
      return { x: q, y: binaryEntropy(q, { base }) };
    });
    curves.set(unit, rows);
  }
  return rows;
}

export const binaryEntropyChart: WidgetChart<BinaryEntropyState> = {
  spec({ p }, unit, readouts) {
    const h = readouts['entropy'] ?? binaryEntropy(p, { base: unitBase(unit) });
    return {
      x: { label: 'P(heads) p', domain: [0, 1] },
      y: {
        label: `H_b(p) in ${unit}`,
        domain: [0, binaryEntropy(0.5, { base: unitBase(unit) })],
        grid: true,
      },
      marks: [
        { type: 'line', name: 'curve', rows: curve(unit), style: { tone: 'p', strokeWidth: 2 } },
        {
          type: 'ruleX',
          name: 'guide',
          rows: [{ x: p, y1: 0, y2: h }],
          style: { strokeDasharray: '4 3' },
        },
        { type: 'dot', name: 'point', rows: [{ x: p, y: h }], style: { tone: 'p', r: 7 } },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe({ p }, unit, readouts) {
    const base = unitBase(unit);
    const h = readouts['entropy'] ?? binaryEntropy(p, { base });
    const max = binaryEntropy(0.5, { base });
    return (
      `Curve of the binary entropy H_b(p) for p from 0 to 1, rising from 0 to ${formatQuantity(max, unit)} ` +
      `at p = 0.5 and falling back to 0; the marked point is p = ${formatNumber(p)}, H_b(p) = ${formatQuantity(h, unit)}.`
    );
  },
};
