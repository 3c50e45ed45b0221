/**
 * The "distribution pair" picture: for each outcome x, a bar of p(x) (solid, tone p) beside a
 * bar of q(x) (outlined, lightly filled, tone q), on a fixed [0, 1] axis. Widgets that edit a
 * pair (p, q) show it above their two distribution editors, and the reader drags the bars'
 * tops to set p and q (`pair-bars.ts`). Plain data, like every chart spec: no Plot, no DOM.
 *
 * Outcomes are facets (`fx`, numbered 1…n in order, so that 10 sorts after 9), with x the series
 * ('p' | 'q'), so p and q of one outcome sit side by side. The structure changes only with the
 * number of outcomes.
 */
import type { ChartSpec } from './chart-spec.ts';
import { formatNumber } from './format.ts';

/** A compact height: the picture is a control, above the editors, not the widget's main chart. */
export const PAIR_BARS_HEIGHT = 150;

/** The bar marks' names, by series: what `enableBarDrag` grabs. */
export const PAIR_BAR_MARKS = { p: 'pair-p', q: 'pair-q' } as const;

export type PairSymbol = keyof typeof PAIR_BAR_MARKS;

export interface ProbabilityPair {
  p: readonly number[];
  q: readonly number[];
}

/** The id of the picture's text alternative inside widget instance `instanceId`. */
export function pairBarsDescriptionId(instanceId: string): string {
  return `${instanceId}-pair-bars-description`;
}

/** How a widget names its truth and its model (the worked example says R and S). */
export type PairSymbols = readonly [string, string];
const PQ: PairSymbols = ['p', 'q'];

/** The bars of p and q, one facet per outcome, labelled with `symbols` under each bar. */
export function pairBarsSpec({ p, q }: ProbabilityPair, symbols: PairSymbols = PQ): ChartSpec {
  const outcomes = p.map((_, index) => index + 1);
  const bars = (symbol: PairSymbol, values: readonly number[]) =>
    values.map((value, index) => ({ fx: index + 1, x: symbol, y1: 0, y2: value }));
  return {
    height: PAIR_BARS_HEIGHT,
    // No axis labels: the outcome numbers head the facets, the key under the picture names
    // the series, and a y label would collide with the first outcome's number.
    margins: { top: 24, bottom: 24 },
    fx: { label: null, domain: outcomes, padding: 0.2 },
    x: {
      label: null,
      domain: ['p', 'q'],
      padding: 0.1,
      ...(symbols[0] === 'p' && symbols[1] === 'q'
        ? {}
        : { ticks: ['p', 'q'], tickLabels: [...symbols] }),
    },
    y: { label: null, domain: [0, 1], ticks: [0, 0.5, 1], grid: true },
    marks: [
      { type: 'barY', name: PAIR_BAR_MARKS.p, rows: bars('p', p), style: { tone: 'p' } },
      {
        type: 'barY',
        name: PAIR_BAR_MARKS.q,
        rows: bars('q', q),
        style: { tone: 'q', outline: true, fillOpacity: 0.35 },
      },
      { type: 'ruleY', name: 'pair-base', rows: [{ y: 0 }] },
    ],
  };
}

/** The picture's text alternative: every outcome's p and q. */
export function describePairBars(
  { p, q }: ProbabilityPair,
  [truth, model]: PairSymbols = PQ,
): string {
  const items = p.map(
    (value, index) =>
      `${index + 1}: ${truth} ${formatNumber(value)}, ${model} ${formatNumber(q[index] ?? Number.NaN)}`,
  );
  return `Paired bars of ${truth} (solid) and ${model} (outlined) over ${p.length} outcomes: ${items.join('; ')}.`;
}
