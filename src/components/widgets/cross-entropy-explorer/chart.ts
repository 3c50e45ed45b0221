/**
 * Cross-entropy explorer chart. For each outcome x, its contribution p(x)·(−log q(x)) to
 * H(p, q), drawn as two pieces: the entropy part −p(x) log p(x) (tone p, from 0) and the KL
 * part p(x) log(p(x)/q(x)) (muted, from the top of the entropy part; it points down where
 * q(x) > p(x)). A tick marks the contribution itself. The last column, "all", stacks H(p) and
 * D(p‖q) into H(p, q) (the readouts). Every term comes from `src/lib` (`crossEntropyTerms`,
 * `klTerms`) in the site unit. The top follows the data in steps (`steppedTop`); an infinite
 * piece (q(x) = 0 < p(x)) is drawn up to the top and labelled "∞". The labels are numbers; the
 * unit is on the y axis.
 */
import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  klTerms,
} from '../../../lib/index.ts';
import { barLabelDigits } from '../../kit/chart-layout.ts';
import { steppedTop } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { DistributionPair } from '../../kit/pair.ts';
import type { ReadoutValues, WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';

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

/** Room above the highest finite value for its label, before the top is rounded up a step. */
const HEADROOM = 1.15;

/**
 * Per-outcome columns plus the "all" column, in the site unit; the "all" column is the
 * readouts `entropy`, `kl` and `cross-entropy` (computed here only if they are missing).
 */
export function contributionColumns(
  { p, q }: DistributionPair,
  unit: Unit,
  readouts: ReadoutValues,
): ContributionColumn[] {
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
  columns.push({
    column: 'all',
    entropyPart: readouts['entropy'] ?? entropy(p, { base }),
    klPart: readouts['kl'] ?? klDivergence(p, q, { base }),
    total: readouts['cross-entropy'] ?? crossEntropy(p, q, { base }),
  });
  return columns;
}

/** The y domain's top: at least 1, above every finite piece with room for its label. */
export function contributionTop(columns: readonly ContributionColumn[]): number {
  const finite = columns
    .flatMap((c) => [c.total, c.entropyPart])
    .filter((value) => Number.isFinite(value));
  return steppedTop(Math.max(1, ...finite) * HEADROOM);
}

export const crossEntropyExplorerChart: WidgetChart<DistributionPair> = {
  spec(state, unit, readouts) {
    const columns = contributionColumns(state, unit, readouts);
    const top = contributionTop(columns);
    const clip = (value: number): number => Math.min(value, top);
    const digits = barLabelDigits(columns.length);
    return {
      margins: { top: 32 },
      x: {
        label: 'Outcome x (last column: all outcomes)',
        type: 'band',
        // In order: a band sorts its strings otherwise, putting 10 after 1.
        domain: columns.map((c) => c.column),
        padding: 0.25,
      },
      y: { label: `Contribution to H(p, q) (${unit})`, domain: [0, top], grid: true },
      marks: [
        {
          type: 'barY',
          name: 'entropy-part',
          rows: columns.map((c) => ({ x: c.column, y1: 0, y2: clip(c.entropyPart) })),
          style: { tone: 'p' },
        },
        {
          type: 'barY',
          name: 'kl-part',
          rows: columns.map((c) => ({ x: c.column, y1: clip(c.entropyPart), y2: clip(c.total) })),
          style: { tone: 'muted', fillOpacity: 0.55 },
        },
        {
          type: 'tickY',
          name: 'total',
          rows: columns.map((c) => ({ x: c.column, y: clip(c.total) })),
          style: { strokeWidth: 2 },
        },
        {
          type: 'text',
          name: 'total-label',
          rows: columns.map((c) => ({
            x: c.column,
            y: clip(c.total),
            text: formatNumber(c.total, digits),
          })),
          style: { dy: -10 },
        },
        { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
      ],
    };
  },
  describe(state, unit, readouts) {
    const columns = contributionColumns(state, unit, readouts);
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
