/**
 * Binary entropy chart: the curve h(q) for q from 0 to 1 (201 points, from `src/lib`) in the
 * site unit, with the current p marked by a dot and a dashed guide.
 */
import * as Plot from '@observablehq/plot';
import { binaryEntropy } from '../../../lib/index.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';
import type { BinaryEntropyState } from './model.ts';

const CURVE_POINTS = 201;

interface Point {
  q: number;
  h: number;
}

export const binaryEntropyChart: WidgetChart<BinaryEntropyState> = {
  options({ p }, unit) {
    const base = unitBase(unit);
    const curve: Point[] = Array.from({ length: CURVE_POINTS }, (_, i) => {
      const q = i / (CURVE_POINTS - 1);
      return { q, h: binaryEntropy(q, { base }) };
    });
    const current: Point[] = [{ q: p, h: binaryEntropy(p, { base }) }];
    return {
      ...chartLayout,
      x: { label: 'P(heads) p', domain: [0, 1] },
      y: { label: `h(p) in ${unit}`, domain: [0, binaryEntropy(0.5, { base })], grid: true },
      marks: [
        Plot.line(curve, {
          x: 'q',
          y: 'h',
          stroke: 'currentColor',
          strokeWidth: 2,
          className: 'chart-primary',
        }),
        Plot.ruleX(current, {
          x: 'q',
          y1: 0,
          y2: 'h',
          stroke: 'currentColor',
          strokeDasharray: '4 3',
        }),
        Plot.dot(current, {
          x: 'q',
          y: 'h',
          r: 6,
          fill: 'currentColor',
          className: 'chart-primary',
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  describe({ p }, unit) {
    const h = binaryEntropy(p, { base: unitBase(unit) });
    const max = binaryEntropy(0.5, { base: unitBase(unit) });
    return (
      `Curve of the binary entropy h(p) for p from 0 to 1, rising from 0 to ${formatQuantity(max, unit)} ` +
      `at p = 0.5 and falling back to 0; the marked point is p = ${formatNumber(p)}, h(p) = ${formatQuantity(h, unit)}.`
    );
  },
};
