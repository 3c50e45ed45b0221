/**
 * Entropy explorer chart: one bar per outcome, height p(x), labelled with the outcome's
 * surprise −log p(x) in the site unit ("∞" for p(x) = 0; the unit is named in the x label).
 * Surprise comes from `src/lib` (`surprisal`).
 */
import { surprisal } from '../../../lib/index.ts';
import { formatQuantity, formatNumber } from '../../kit/format.ts';
import { barLabelDigits } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { EntropyExplorerState } from './model.ts';

interface Bar {
  outcome: number;
  probability: number;
  surprise: number;
}

/** Surprise −log_b p(x) of each outcome x (`surprisal` from src/lib). */
export function surprises(p: readonly number[], unit: Unit): number[] {
  const base = unitBase(unit);
  return p.map((probability) => surprisal(probability, { base }));
}

function bars(p: readonly number[], unit: Unit): Bar[] {
  const surprise = surprises(p, unit);
  return p.map((probability, index) => ({
    outcome: index + 1,
    probability,
    surprise: surprise[index] ?? Infinity,
  }));
}

export const entropyExplorerChart: WidgetChart<EntropyExplorerState> = {
  spec({ p }, unit) {
    const data = bars(p, unit);
    const digits = barLabelDigits(data.length);
    return {
      margins: { top: 32 },
      x: { label: `Outcome x (bar label: surprise −log p(x) in ${unit})`, type: 'band' },
      y: { label: 'Probability p(x)', domain: [0, 1], grid: true },
      marks: [
        {
          type: 'barY',
          name: 'p',
          rows: data.map((bar) => ({ x: bar.outcome, y1: 0, y2: bar.probability })),
          style: { tone: 'p' },
        },
        {
          type: 'text',
          name: 'surprise',
          rows: data.map((bar) => ({
            x: bar.outcome,
            y: bar.probability,
            text: formatNumber(bar.surprise, digits),
          })),
          style: { dy: -10 },
        },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe({ p }, unit) {
    const items = bars(p, unit).map(
      (bar) =>
        `${bar.outcome}: ${formatNumber(bar.probability)} (surprise ${formatQuantity(bar.surprise, unit)})`,
    );
    return `Bar chart of p over ${p.length} outcomes: ${items.join('; ')}.`;
  },
};
