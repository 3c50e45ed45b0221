/**
 * KL explorer chart: for each outcome x, its log-ratio term in both directions, side by side —
 * p(x) log(p(x)/q(x)) (accent, the terms of D(p‖q)) and q(x) log(q(x)/p(x)) (muted, the terms of
 * D(q‖p)). Terms below zero are drawn below the axis: a single term can be negative, the sum
 * cannot. Terms from `src/lib` (`klTerms`) in the site unit; an infinite term is drawn to the
 * top edge and labelled "∞". Each bar is labelled with its term (the unit is on the y axis),
 * above the bar, or just above the zero line for a negative term (a bar's width is too narrow
 * for the label inside it). The bars narrow as outcomes are added, so the direction ticks read
 * "D(p‖q)" up to 2 outcomes, "p‖q" up to `LABELLED_OUTCOMES`, and past that the ticks and the
 * term labels are left out (the text alternative still lists every term).
 */
import * as Plot from '@observablehq/plot';
import { klTerms } from '../../../lib/index.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { barLabelDigits, chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { DistributionPair } from '../../kit/pair.ts';
import { klExplorerModel } from './model.ts';

export interface LogRatioTerm {
  outcome: string;
  direction: 'D(p‖q)' | 'D(q‖p)';
  term: number;
}

/** Every outcome's term of D(p‖q) and of D(q‖p), in the site unit. */
export function logRatioTerms({ p, q }: DistributionPair, unit: Unit): LogRatioTerm[] {
  const base = unitBase(unit);
  const forward = klTerms(p, q, { base });
  const backward = klTerms(q, p, { base });
  return p.flatMap((_, index) => [
    { outcome: String(index + 1), direction: 'D(p‖q)' as const, term: forward[index]! },
    { outcome: String(index + 1), direction: 'D(q‖p)' as const, term: backward[index]! },
  ]);
}

/** Most outcomes whose bars still have room for tick and term labels at `CHART_WIDTH`. */
const LABELLED_OUTCOMES = 4;

export const klExplorerChart: WidgetChart<DistributionPair> = {
  options(state, unit) {
    const terms = logRatioTerms(state, unit);
    const finite = terms.map((t) => t.term).filter((v) => Number.isFinite(v));
    const top = Math.max(0.5, ...finite) * 1.2;
    const bottom = Math.min(0, ...finite) * 1.2;
    const shown = terms.map((t) => ({ ...t, drawn: Math.min(t.term, top) }));
    const outcomes = state.p.length;
    const labelled = outcomes <= LABELLED_OUTCOMES;
    const bars = (direction: LogRatioTerm['direction'], className: string): Plot.Markish =>
      Plot.barY(
        shown.filter((t) => t.direction === direction),
        { fx: 'outcome', x: 'direction', y: 'drawn', fill: 'currentColor', className },
      );
    return {
      ...chartLayout,
      marginTop: 46,
      marginBottom: 30,
      fx: { label: 'Outcome x', padding: 0.15 },
      x: {
        label: null,
        domain: ['D(p‖q)', 'D(q‖p)'],
        padding: 0.1,
        axis: labelled ? 'bottom' : null,
        tickFormat: (direction: string) => (outcomes <= 2 ? direction : direction.slice(2, -1)),
      },
      y: { label: `Log-ratio term (${unit})`, domain: [bottom, top], grid: true },
      marks: [
        bars('D(p‖q)', 'chart-primary'),
        bars('D(q‖p)', 'chart-secondary'),
        Plot.text(labelled ? shown : [], {
          fx: 'outcome',
          x: 'direction',
          y: (t: { drawn: number }) => Math.max(0, t.drawn),
          text: (t: { term: number }) => formatNumber(t.term, barLabelDigits(terms.length)),
          dy: -8,
          fill: 'currentColor',
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  describe(state, unit) {
    const [pq, qp] = klExplorerModel.readouts(state, unit);
    const rows = state.p.map((_, index) => {
      const [forward, backward] = logRatioTerms(state, unit).slice(2 * index, 2 * index + 2);
      return (
        `outcome ${index + 1}: ${formatQuantity(forward!.term, unit)} toward D(p‖q), ` +
        `${formatQuantity(backward!.term, unit)} toward D(q‖p)`
      );
    });
    return (
      `Paired bars of each outcome's log-ratio term in both directions: ${rows.join('; ')}. ` +
      `Sums: D(p‖q) = ${formatQuantity(pq!.value, unit)}, D(q‖p) = ${formatQuantity(qp!.value, unit)}.`
    );
  },
};
