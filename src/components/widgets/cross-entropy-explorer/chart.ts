/**
 * Cross-entropy explorer chart. For each outcome x, its contribution p(x)·(−log q(x)) to
 * H(p, q), drawn as two pieces: the entropy part −p(x) log p(x) (accent colour, from 0) and the
 * KL part p(x) log(p(x)/q(x)) (muted, from the top of the entropy part; it points down where
 * q(x) > p(x)). A tick marks the contribution itself. The last column, "all", stacks H(p) and
 * D(p‖q) into H(p, q). Every term comes from `src/lib` (`crossEntropyTerms`, `klTerms`) in the
 * site unit; an infinite piece (q(x) = 0 < p(x)) is drawn up to the top and labelled "∞". The
 * labels are numbers; the unit is on the y axis.
 */
import * as Plot from '@observablehq/plot';
import { crossEntropyTerms, klTerms } from '../../../lib/index.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import { barLabelDigits, chartLayout } from '../../kit/chart-layout.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { DistributionPair } from '../../kit/pair.ts';
import { crossEntropyExplorerModel } from './model.ts';

export interface ContributionColumn {
  /** "1" … "n" for the outcomes, "all" for the totals. */
  column: string;
  /** −p log p for an outcome; H(p) for "all". */
  entropyPart: number;
  /** p log(p/q) for an outcome (may be negative); D(p‖q) for "all". */
  klPart: number;
  /** p·(−log q) for an outcome; H(p, q) for "all". */
  total: number;
}

/** Per-outcome columns plus the "all" column, in the site unit. */
export function contributionColumns({ p, q }: DistributionPair, unit: Unit): ContributionColumn[] {
  const base = unitBase(unit);
  const entropyParts = crossEntropyTerms(p, p, { base });
  const klParts = klTerms(p, q, { base });
  const totals = crossEntropyTerms(p, q, { base });
  const columns = p.map((_, index) => ({
    column: String(index + 1),
    entropyPart: entropyParts[index]!,
    klPart: klParts[index]!,
    total: totals[index]!,
  }));
  const [crossEntropy, entropy, kl] = crossEntropyExplorerModel.readouts({ p, q }, unit);
  columns.push({
    column: 'all',
    entropyPart: entropy!.value,
    klPart: kl!.value,
    total: crossEntropy!.value,
  });
  return columns;
}

interface Piece {
  column: string;
  from: number;
  to: number;
}

export const crossEntropyExplorerChart: WidgetChart<DistributionPair> = {
  options(state, unit) {
    const columns = contributionColumns(state, unit);
    const finiteTops = columns.flatMap((c) =>
      [c.total, c.entropyPart].filter((v) => Number.isFinite(v)),
    );
    const top = Math.max(1, ...finiteTops) * 1.15;
    const clip = (value: number): number => Math.min(value, top);
    const entropyPieces: Piece[] = columns.map((c) => ({
      column: c.column,
      from: 0,
      to: c.entropyPart,
    }));
    const klPieces: Piece[] = columns.map((c) => ({
      column: c.column,
      from: c.entropyPart,
      to: clip(c.total),
    }));
    return {
      ...chartLayout,
      marginTop: 32,
      x: { label: 'Outcome x (last column: all outcomes)', type: 'band', padding: 0.25 },
      y: { label: `Contribution to H(p, q) (${unit})`, domain: [0, top], grid: true },
      marks: [
        Plot.barY(entropyPieces, {
          x: 'column',
          y1: 'from',
          y2: 'to',
          fill: 'currentColor',
          className: 'chart-primary',
        }),
        Plot.barY(klPieces, {
          x: 'column',
          y1: 'from',
          y2: 'to',
          fill: 'currentColor',
          fillOpacity: 0.55,
          className: 'chart-secondary',
        }),
        Plot.tickY(columns, {
          x: 'column',
          y: (c: ContributionColumn) => clip(c.total),
          stroke: 'currentColor',
          strokeWidth: 2,
        }),
        Plot.text(columns, {
          x: 'column',
          y: (c: ContributionColumn) => clip(c.total),
          text: (c: ContributionColumn) => formatNumber(c.total, barLabelDigits(columns.length)),
          dy: -10,
          fill: 'currentColor',
        }),
        Plot.ruleY([0]),
      ],
    };
  },
  describe(state, unit) {
    const columns = contributionColumns(state, unit);
    const all = columns.pop()!;
    const items = columns.map(
      (c) =>
        `outcome ${c.column}: ${formatQuantity(c.total, unit)} = entropy part ${formatQuantity(c.entropyPart, unit)} ` +
        `+ KL part ${formatQuantity(c.klPart, unit)}`,
    );
    return (
      `Bar chart of each outcome's contribution p(x)·(−log q(x)) to the cross-entropy, split into its ` +
      `entropy part and its KL part: ${items.join('; ')}. All outcomes: H(p, q) = ${formatQuantity(all.total, unit)} ` +
      `= H(p) ${formatQuantity(all.entropyPart, unit)} + D(p‖q) ${formatQuantity(all.klPart, unit)}.`
    );
  },
};
