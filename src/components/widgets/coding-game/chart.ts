/**
 * Coding game chart: the running cost per symbol (bits per symbol after the first i symbols,
 * about 200 points on a log-scaled x axis) against two horizontal rules, H(p, q) (dashed) and
 * H(p) (muted). The running cost settles near the code's expected length, which is close to
 * H(p, q), not H(p). Values in the site unit; an infinite H(p, q) has no rule (the text says so).
 */
import * as Plot from '@observablehq/plot';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { codingGameModel, type CodingGameState } from './model.ts';
import { simulate } from './simulation.ts';

interface Level {
  name: string;
  value: number;
}

export const codingGameChart: WidgetChart<CodingGameState> = {
  options(state, unit) {
    const scale = unit === 'nats' ? Math.LN2 : 1;
    const points = simulate(state).runningAverage.map((point) => ({
      symbols: point.symbols,
      cost: point.bitsPerSymbol * scale,
    }));
    const readouts = codingGameModel.readouts(state, unit);
    const levels: Level[] = readouts
      .filter((r) => r.name === 'cross-entropy' || r.name === 'entropy')
      .map((r) => ({ name: r.name === 'entropy' ? 'H(p)' : 'H(p, q)', value: r.value }))
      .filter((level) => Number.isFinite(level.value));
    const top =
      Math.max(1, ...points.map((point) => point.cost), ...levels.map((l) => l.value)) * 1.1;
    return {
      ...chartLayout,
      marginRight: 64,
      x: { label: 'Symbols sent', type: 'log', domain: [1, Math.max(10, state.n)] },
      y: {
        label: `${unit === 'nats' ? 'Nats' : 'Bits'} per symbol so far`,
        domain: [0, top],
        grid: true,
      },
      marks: [
        Plot.ruleY(
          levels.filter((l) => l.name === 'H(p)'),
          { y: 'value', stroke: 'currentColor', strokeWidth: 2, className: 'chart-secondary' },
        ),
        Plot.ruleY(
          levels.filter((l) => l.name === 'H(p, q)'),
          { y: 'value', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '6,4' },
        ),
        // H(p, q) ≥ H(p) (Gibbs), so H(p, q) is labelled above its rule and H(p) below its own:
        // the two labels never overlap when the values are close.
        ...(['H(p, q)', 'H(p)'] as const).map((name) =>
          Plot.text(
            levels.filter((l) => l.name === name),
            {
              x: Math.max(10, state.n),
              y: 'value',
              text: 'name',
              textAnchor: 'start',
              lineAnchor: name === 'H(p)' ? 'top' : 'bottom',
              dx: 6,
              dy: name === 'H(p)' ? 2 : -2,
              fill: 'currentColor',
            },
          ),
        ),
        Plot.line(points, {
          x: 'symbols',
          y: 'cost',
          stroke: 'currentColor',
          strokeWidth: 2,
          className: 'chart-primary',
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  describe(state, unit) {
    const [sample, expected, crossEntropy, entropy] = codingGameModel.readouts(state, unit);
    return (
      `Line chart of the cost per symbol as ${formatNumber(state.n)} symbols from p are sent with the code built ` +
      `for q, on a logarithmic axis of symbols sent. It ends at ${formatQuantity(sample!.value, unit)} per symbol; ` +
      `the code's expected length is ${formatQuantity(expected!.value, unit)}. Reference lines: ` +
      `H(p, q) = ${formatQuantity(crossEntropy!.value, unit)} (dashed) and H(p) = ${formatQuantity(entropy!.value, unit)}.`
    );
  },
};
