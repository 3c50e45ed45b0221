/**
 * Coding game chart: the running cost per symbol (bits per symbol after the first i symbols,
 * about 200 points on a log-scaled x axis; the count depends only on n) against two horizontal
 * rules, H(p, q) (dashed) and H(p) (muted). The running cost settles near the code's expected
 * length, which is close to H(p, q), not H(p). Values in the site unit. The top does not follow
 * the sample (a new seed or a drag would redraw it): it is set, in steps (`steppedTop`), by the
 * longest codeword p can draw, which no running cost can exceed, or by H(p, q) where that is
 * higher; an infinite H(p, q) is drawn at the top and labelled "H(p, q) = ∞".
 */
import { crossEntropy, entropy } from '../../../lib/index.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity, fromBits } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { CodingGameState } from './model.ts';
import { simulate } from './simulation.ts';

/** Room above the highest value, before the top is rounded up a step. */
const HEADROOM = 1.1;
/** The reference lines' labels sit this far right of the plot, in the right margin. */
const LABEL_GAP = 6;

/**
 * The chart's top in `unit`: above the longest codeword among outcomes p can draw (the most a
 * running cost per symbol can be, whatever the sample), above a finite H(p, q) and at least 1.
 */
export function costTop(
  { p }: Pick<CodingGameState, 'p'>,
  lengths: ArrayLike<number>,
  crossEntropyValue: number,
  unit: Unit,
): number {
  const longest = Math.max(0, ...p.map((pi, i) => (pi > 0 ? (lengths[i] ?? 0) : 0)));
  const finite = [fromBits(longest, unit), crossEntropyValue].filter(Number.isFinite);
  return steppedTop(Math.max(1, ...finite) * HEADROOM);
}

/** The right end of the symbols axis (a decade at least, so that a tiny n still reads). */
export function symbolsAxisEnd(n: number): number {
  return Math.max(10, n);
}

export const codingGameChart: WidgetChart<CodingGameState> = {
  spec(state, unit, readouts) {
    const base = unitBase(unit);
    const { runningAverage, lengths } = simulate(state);
    const cost = runningAverage.map((point) => ({
      x: point.symbols,
      y: fromBits(point.bitsPerSymbol, unit),
    }));
    const crossEntropyValue = readouts['cross-entropy'] ?? crossEntropy(state.p, state.q, { base });
    const entropyValue = readouts['entropy'] ?? entropy(state.p, { base });
    const top = costTop(state, lengths, crossEntropyValue, unit);
    const crossEntropyDrawn = Math.min(crossEntropyValue, top);
    const end = symbolsAxisEnd(state.n);
    return {
      // Room for the reference lines’ labels, "H(p, q) = ∞" the longest.
      margins: { right: 82 },
      x: { label: 'Symbols sent', type: 'log', domain: [1, end] },
      y: {
        label: `${unit === 'nats' ? 'Nats' : 'Bits'} per symbol so far`,
        domain: [0, top],
        grid: true,
      },
      marks: [
        {
          type: 'ruleY',
          name: 'entropy',
          rows: [{ y: entropyValue }],
          style: { tone: 'muted', strokeWidth: 2 },
        },
        {
          type: 'ruleY',
          name: 'cross-entropy',
          rows: [{ y: crossEntropyDrawn }],
          style: { strokeWidth: 2, strokeDasharray: '6 4' },
        },
        // H(p, q) ≥ H(p) (Gibbs), so H(p, q) is labelled above its rule and H(p) below its own:
        // the two labels never overlap when the values are close.
        {
          type: 'text',
          name: 'cross-entropy-label',
          rows: [
            {
              x: end,
              y: crossEntropyDrawn,
              text: Number.isFinite(crossEntropyValue) ? 'H(p, q)' : 'H(p, q) = ∞',
            },
          ],
          style: { dx: LABEL_GAP, dy: -9, textAnchor: 'start' },
        },
        {
          type: 'text',
          name: 'entropy-label',
          rows: [{ x: end, y: entropyValue, text: 'H(p)' }],
          style: { dx: LABEL_GAP, dy: 9, textAnchor: 'start' },
        },
        { type: 'line', name: 'cost', rows: cost, style: { tone: 'p', strokeWidth: 2 } },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe(state, unit, readouts) {
    const base = unitBase(unit);
    const sample = readouts['bits-per-symbol'] ?? fromBits(simulate(state).bitsPerSymbol, unit);
    const crossEntropyValue = readouts['cross-entropy'] ?? crossEntropy(state.p, state.q, { base });
    const entropyValue = readouts['entropy'] ?? entropy(state.p, { base });
    const expected = readouts['expected-length'];
    return (
      `Line chart of the cost per symbol as ${formatNumber(state.n)} symbols from p are sent with the code built ` +
      `for q, on a logarithmic axis of symbols sent. It ends at ${formatQuantity(sample, unit)} per symbol` +
      (expected !== undefined
        ? `; the code's expected length is ${formatQuantity(expected, unit)}. `
        : '. ') +
      `Reference lines: H(p, q) = ${formatQuantity(crossEntropyValue, unit)} (dashed) and ` +
      `H(p) = ${formatQuantity(entropyValue, unit)}.`
    );
  },
};
