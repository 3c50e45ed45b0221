/**
 * Surprise chart: the curve −log p for p from 0.01 to 1 (from `src/lib`) in the site unit, with
 * the outcome's p marked by a dot the reader drags along the curve.
 */
import { surprisal } from '../../../lib/index.ts';
import type { LineMark } from '../../kit/chart-spec.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { grid } from '../../kit/density-marks.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import { P_MIN, type SurpriseState } from './model.ts';

const curves = new Map<Unit, LineMark['rows']>();

/** The curve in `unit`, computed once per unit. */
function curve(unit: Unit): LineMark['rows'] {
  let rows = curves.get(unit);
  if (!rows) {
    const base = unitBase(unit);
    rows = grid(P_MIN, 1, 200).map((p) => ({ x: p, y: surprisal(p, { base }) }));
    curves.set(unit, rows);
  }
  return rows;
}

export const surpriseChart: WidgetChart<SurpriseState> = {
  spec({ p }, unit, readouts) {
    const base = unitBase(unit);
    const surprise = readouts['surprise'] ?? surprisal(p, { base });
    return {
      x: { label: 'Probability p of the outcome', domain: [0, 1] },
      y: {
        label: `Surprise −log p (${unit})`,
        domain: [0, steppedTop(surprisal(P_MIN, { base }))],
        grid: true,
      },
      marks: [
        { type: 'line', name: 'curve', rows: curve(unit), style: { tone: 'p', strokeWidth: 2 } },
        {
          type: 'ruleX',
          name: 'guide',
          rows: [{ x: p, y1: 0, y2: surprise }],
          style: { strokeDasharray: '4 3' },
        },
        { type: 'dot', name: 'point', rows: [{ x: p, y: surprise }], style: { tone: 'p', r: 7 } },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe({ p }, unit, readouts) {
    const surprise = readouts['surprise'] ?? surprisal(p, { base: unitBase(unit) });
    return (
      `Curve of the surprise −log p for p from ${formatNumber(P_MIN)} to 1, falling from ` +
      `${formatQuantity(surprisal(P_MIN, { base: unitBase(unit) }), unit)} to 0; the marked outcome has ` +
      `p = ${formatNumber(p)} and surprise ${formatQuantity(surprise, unit)}.`
    );
  },
};
