/**
 * Worked-example chart: for each outcome, its term of D(R‖S) (tone p, solid) and of D(S‖R)
 * (tone q, outlined), side by side, from `workedValues` (`src/lib`'s `klTerms`) in the site
 * unit. A term can be negative (drawn below the axis); the sums cannot. The top moves in steps
 * and the bottom is fixed at the deepest a term can go, as in the KL explorer.
 */
import { steppedTop } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import { OUTCOMES, type WorkedPair } from './model.ts';
import { workedValues } from './terms.ts';

const DIRECTIONS = ['R‖S', 'S‖R'] as const;
type Direction = (typeof DIRECTIONS)[number];

interface Term {
  outcome: number;
  direction: Direction;
  term: number;
}

/** Every outcome's KL term in both directions (outcomes numbered from 1). */
export function workedTerms(state: WorkedPair, unit: Unit): Term[] {
  const values = workedValues(state, unit);
  const terms: Term[] = [];
  for (let outcome = 1; outcome <= OUTCOMES; outcome++) {
    terms.push({ outcome, direction: 'R‖S', term: values[`krs${outcome}`] as number });
    terms.push({ outcome, direction: 'S‖R', term: values[`ksr${outcome}`] as number });
  }
  return terms;
}

function domain(terms: readonly Term[], unit: Unit): [number, number] {
  const finite = terms.map((t) => t.term).filter((value) => Number.isFinite(value));
  const top = steppedTop(Math.max(0.5, ...finite) * 1.2);
  return [-steppedTop(1 / (Math.E * Math.log(unitBase(unit)))), top];
}

export const workedExampleChart: WidgetChart<WorkedPair> = {
  spec(state, unit) {
    const terms = workedTerms(state, unit);
    const [bottom, top] = domain(terms, unit);
    const drawn = (term: number): number => Math.min(term, top);
    const bars = (direction: Direction) =>
      terms
        .filter((t) => t.direction === direction)
        .map((t) => ({ fx: t.outcome, x: direction, y1: 0, y2: drawn(t.term) }));
    return {
      margins: { top: 46, bottom: 30 },
      fx: { label: 'Outcome x', domain: [1, 2, 3], padding: 0.15 },
      x: {
        label: null,
        domain: [...DIRECTIONS],
        padding: 0.1,
        axis: 'bottom',
        ticks: [...DIRECTIONS],
        tickLabels: [...DIRECTIONS],
      },
      y: { label: `KL term (${unit})`, domain: [bottom, top], grid: true },
      marks: [
        { type: 'barY', name: 'kl-rs', rows: bars('R‖S'), style: { tone: 'p' } },
        {
          type: 'barY',
          name: 'kl-sr',
          rows: bars('S‖R'),
          style: { tone: 'q', outline: true, fillOpacity: 0.35 },
        },
        {
          type: 'text',
          name: 'term-label',
          rows: terms.map((t) => ({
            fx: t.outcome,
            x: t.direction,
            y: Math.max(0, drawn(t.term)),
            text: formatNumber(t.term, 3),
          })),
          style: { dy: -8 },
        },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe(state, unit) {
    const values = workedValues(state, unit);
    const rows = [1, 2, 3].map(
      (x) =>
        `outcome ${x}: ${formatQuantity(values[`krs${x}`] as number, unit)} toward D(R‖S), ` +
        `${formatQuantity(values[`ksr${x}`] as number, unit)} toward D(S‖R)`,
    );
    return (
      `Paired bars of each outcome's KL term in both directions: ${rows.join('; ')}. ` +
      `Sums: D(R‖S) = ${formatQuantity(values['krs'] as number, unit)}, ` +
      `D(S‖R) = ${formatQuantity(values['ksr'] as number, unit)}.`
    );
  },
};
