/**
 * KL explorer chart: for each outcome x, its log-ratio term in both directions, side by side —
 * p(x) log(p(x)/q(x)) (tone p, the terms of D(p‖q)) and q(x) log(q(x)/p(x)) (tone q, outlined,
 * the terms of D(q‖p)). Terms below zero are drawn below the axis: a single term can be
 * negative, the sum cannot. Terms from `src/lib` (`klTerms`) in the site unit. The top follows
 * the terms in steps (`steppedTop`) and the bottom is fixed at the deepest term possible, so a
 * drag re-renders only when a step is crossed at the top; an infinite term is drawn to the top edge and labelled "∞". Each
 * bar is labelled with its term (the unit is on the y axis), above the bar, or just above the
 * zero line for a negative term (a bar's width is too narrow for the label inside it). The bars
 * narrow as outcomes are added, so the direction ticks read "D(p‖q)" up to 2 outcomes, "p‖q" up
 * to `LABELLED_OUTCOMES`, and past that the ticks and the term labels are left out, all but an
 * infinite term's "∞" (the text alternative still lists every term).
 */
import { klDivergence, klTerms } from '../../../lib/index.ts';
import { barLabelDigits } from '../../kit/chart-layout.ts';
import { steppedTop, type BarMark } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { DistributionPair } from '../../kit/pair.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';

export type Direction = 'D(p‖q)' | 'D(q‖p)';
const DIRECTIONS: readonly Direction[] = ['D(p‖q)', 'D(q‖p)'];

export interface LogRatioTerm {
  outcome: number;
  direction: Direction;
  term: number;
}

/** Every outcome's term of D(p‖q) and of D(q‖p), in the site unit (outcomes numbered from 1). */
export function logRatioTerms({ p, q }: DistributionPair, unit: Unit): LogRatioTerm[] {
  const base = unitBase(unit);
  const forward = klTerms(p, q, { base });
  const backward = klTerms(q, p, { base });
  return p.flatMap((_, index) => [
    { outcome: index + 1, direction: 'D(p‖q)' as const, term: forward[index]! },
    { outcome: index + 1, direction: 'D(q‖p)' as const, term: backward[index]! },
  ]);
}

/** Most outcomes whose bars still have room for tick and term labels at `CHART_WIDTH`. */
const LABELLED_OUTCOMES = 4;
/** Room beyond the largest finite term (for its label), before rounding to a step. */
const HEADROOM = 1.2;
/** The smallest top. */
const MIN_TOP = 0.5;

/**
 * The y domain [bottom, top]: top in steps, ≥ every finite term; bottom fixed at the deepest a
 * term p log(p/q) can go, −1/(e ln b) at p = 1/e, q = 1 (−0.53 bits, −0.37 nats), rounded out
 * to a step, so that negative terms never move the axis while the reader drags.
 */
export function termDomain(terms: readonly LogRatioTerm[], unit: Unit): [number, number] {
  const finite = terms.map((t) => t.term).filter((value) => Number.isFinite(value));
  const top = steppedTop(Math.max(MIN_TOP, ...finite) * HEADROOM);
  const deepest = 1 / (Math.E * Math.log(unitBase(unit)));
  return [-steppedTop(deepest), top];
}

export const klExplorerChart: WidgetChart<DistributionPair> = {
  spec(state, unit) {
    const terms = logRatioTerms(state, unit);
    const [bottom, top] = termDomain(terms, unit);
    const drawn = (term: number): number => Math.min(term, top);
    const outcomes = state.p.length;
    const labelled = outcomes <= LABELLED_OUTCOMES;
    const bars = (direction: Direction): BarMark['rows'] =>
      terms
        .filter((t) => t.direction === direction)
        .map((t) => ({ fx: t.outcome, x: direction, y1: 0, y2: drawn(t.term) }));
    const digits = barLabelDigits(terms.length);
    return {
      margins: { top: 46, bottom: 30 },
      fx: {
        label: 'Outcome x',
        domain: state.p.map((_, index) => index + 1),
        padding: 0.15,
      },
      x: {
        label: null,
        domain: [...DIRECTIONS],
        padding: 0.1,
        axis: labelled ? 'bottom' : null,
        ticks: [...DIRECTIONS],
        tickLabels: DIRECTIONS.map((d) => (outcomes <= 2 ? d : d.slice(2, -1))),
      },
      y: { label: `Log-ratio term (${unit})`, domain: [bottom, top], grid: true },
      marks: [
        { type: 'barY', name: 'kl-pq', rows: bars('D(p‖q)'), style: { tone: 'p' } },
        {
          type: 'barY',
          name: 'kl-qp',
          rows: bars('D(q‖p)'),
          style: { tone: 'q', outline: true, fillOpacity: 0.35 },
        },
        {
          type: 'text',
          name: 'term-label',
          // Past `LABELLED_OUTCOMES`, only an infinite term keeps its "∞" (a term turning
          // infinite then changes the structure: a rare step, q(x) reaching exactly 0).
          rows: terms
            .filter((t) => labelled || !Number.isFinite(t.term))
            .map((t) => ({
              fx: t.outcome,
              x: t.direction,
              y: Math.max(0, drawn(t.term)),
              text: formatNumber(t.term, digits),
            })),
          style: { dy: -8 },
        },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe(state, unit, readouts) {
    const terms = logRatioTerms(state, unit);
    const rows = state.p.map((_, index) => {
      const [forward, backward] = terms.slice(2 * index, 2 * index + 2);
      return (
        `outcome ${index + 1}: ${formatQuantity(forward!.term, unit)} toward D(p‖q), ` +
        `${formatQuantity(backward!.term, unit)} toward D(q‖p)`
      );
    });
    const base = unitBase(unit);
    const pq = readouts['kl-pq'] ?? klDivergence(state.p, state.q, { base });
    const qp = readouts['kl-qp'] ?? klDivergence(state.q, state.p, { base });
    return (
      `Paired bars of each outcome's log-ratio term in both directions: ${rows.join('; ')}. ` +
      `Sums: D(p‖q) = ${formatQuantity(pq, unit)}, D(q‖p) = ${formatQuantity(qp, unit)}.`
    );
  },
};
