import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  normalize,
} from '../../../../src/lib/index.ts';
import { steppedTop, structureKey } from '../../../../src/components/kit/chart-spec.ts';
import { formatQuantity } from '../../../../src/components/kit/format.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import type { Unit } from '../../../../src/components/kit/unit.ts';
import {
  contributionColumns,
  crossEntropyExplorerChart,
} from '../../../../src/components/widgets/cross-entropy-explorer/chart.ts';
import type { DistributionPair } from '../../../../src/components/kit/pair.ts';
import { crossEntropyExplorerModel } from '../../../../src/components/widgets/cross-entropy-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { expectFiniteRows, markNamed } from '../chart-spec-helpers.ts';

const pair = fc.integer({ min: 2, max: 10 }).chain((length) => {
  const list = fc
    .array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: length, maxLength: length })
    .map((w) => Array.from(normalize(w)));
  return fc.record({ p: list, q: list });
});

const readouts = (state: DistributionPair, unit: Unit) =>
  readoutValues(crossEntropyExplorerModel.readouts(state, unit));
const spec = (state: DistributionPair, unit: Unit) =>
  crossEntropyExplorerChart.spec(state, unit, readouts(state, unit));
const describeChart = (state: DistributionPair, unit: Unit) =>
  crossEntropyExplorerChart.describe(state, unit, readouts(state, unit));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('cross-entropy explorer chart', () => {
  it('each column splits into entropy part + KL part; the "all" column is H(p) + D(p‖q) = H(p, q)', () => {
    fc.assert(
      fc.property(pair, (state) => {
        const columns = contributionColumns(state, 'bits', readouts(state, 'bits'));
        const all = columns.pop()!;
        for (const column of columns) {
          expectClose(column.entropyPart + column.klPart, column.total, { rel: 1e-12, abs: 1e-14 });
        }
        expectClose(sum(columns.map((c) => c.total)), crossEntropy(state.p, state.q), {
          rel: 1e-12,
        });
        expect(all.total).toBe(crossEntropy(state.p, state.q));
        expect(all.entropyPart).toBe(entropy(state.p));
        expect(all.klPart).toBe(klDivergence(state.p, state.q));
      }),
      { numRuns: 100 },
    );
  });

  it('the drawn pieces are the src/lib terms: per outcome and in the "all" column, bits and nats', () => {
    fc.assert(
      fc.property(pair, (state) => {
        for (const [unit, base] of [
          ['bits', 2],
          ['nats', Math.E],
        ] as const) {
          const drawn = spec(state, unit);
          const n = state.p.length;
          const entropyPart = markNamed(drawn, 'entropy-part', 'barY').rows;
          const klPart = markNamed(drawn, 'kl-part', 'barY').rows;
          const total = markNamed(drawn, 'total', 'tickY').rows;
          expect(entropyPart.map((row) => row.x)).toEqual([
            ...state.p.map((_, i) => String(i + 1)),
            'all',
          ]);
          const perOutcome = (rows: { y1: number; y2: number }[]) =>
            sum(rows.slice(0, n).map((row) => row.y2 - row.y1));
          expectClose(perOutcome(entropyPart), entropy(state.p, { base }), { rel: 1e-12 });
          expectClose(perOutcome(klPart), klDivergence(state.p, state.q, { base }), {
            rel: 1e-9,
            abs: 1e-12,
          });
          const terms = crossEntropyTerms(state.p, state.q, { base });
          total.slice(0, n).forEach((row, i) => expectClose(row.y, terms[i]!, { rel: 1e-12 }));
          expect(entropyPart[n]!.y2).toBe(entropy(state.p, { base }));
          expectClose(klPart[n]!.y2 - klPart[n]!.y1, klDivergence(state.p, state.q, { base }), {
            rel: 1e-12,
            abs: 1e-15,
          });
          expect(total[n]!.y).toBe(crossEntropy(state.p, state.q, { base }));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('the top is a step of steppedTop above every piece, so small changes keep the structure', () => {
    const state = crossEntropyExplorerModel.defaults;
    const drawn = spec(state, 'bits');
    const top = drawn.y.domain![1] as number;
    expect(top).toBe(steppedTop(top));
    expect(top).toBeGreaterThan(crossEntropy(state.p, state.q));
    const nudged = { p: [0.34, 0.33, 0.33], q: [0.26, 0.49, 0.25] };
    expect(structureKey(spec(nudged, 'bits'))).toBe(structureKey(drawn));
  });

  it('orders the columns 1 … n, then "all" (10 after 9, not after 1)', () => {
    const ten = Array.from({ length: 10 }, () => 0.1);
    expect(spec({ p: ten, q: ten }, 'bits').x.domain).toEqual([
      ...ten.map((_, i) => String(i + 1)),
      'all',
    ]);
  });

  it('draws an infinite contribution at the top with an "∞" label; every row stays finite', () => {
    const state = { p: [0.5, 0.5], q: [1, 0] };
    const drawn = spec(state, 'bits');
    expectFiniteRows(drawn);
    const top = drawn.y.domain![1] as number;
    expect(Number.isFinite(top)).toBe(true);
    const labels = markNamed(drawn, 'total-label', 'text').rows;
    expect(labels.map((row) => row.text)).toEqual(['0', '∞', '∞']);
    expect(labels[1]!.y).toBe(top);
    expect(markNamed(drawn, 'kl-part', 'barY').rows[1]!.y2).toBe(top);
  });

  it('the text alternative gives the totals in the site unit', () => {
    const state = crossEntropyExplorerModel.defaults;
    const text = describeChart(state, 'nats');
    const expected = formatQuantity(crossEntropy(state.p, state.q, { base: Math.E }), 'nats');
    expect(text).toContain(`H(p, q) = ${expected}`);
    expect(text).toContain('outcome 2:');
  });
});
