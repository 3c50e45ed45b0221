import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence, klTerms, normalize } from '../../../../src/lib/index.ts';
import { steppedTop, structureKey } from '../../../../src/components/kit/chart-spec.ts';
import { formatQuantity } from '../../../../src/components/kit/format.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import type { Unit } from '../../../../src/components/kit/unit.ts';
import type { DistributionPair } from '../../../../src/components/kit/pair.ts';
import { klExplorerChart } from '../../../../src/components/widgets/kl-explorer/chart.ts';
import { klExplorerModel } from '../../../../src/components/widgets/kl-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { expectFiniteRows, markNamed } from '../chart-spec-helpers.ts';

const pair = fc.integer({ min: 2, max: 10 }).chain((length) => {
  const list = fc
    .array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: length, maxLength: length })
    .map((w) => Array.from(normalize(w)));
  return fc.record({ p: list, q: list });
});

const readouts = (state: DistributionPair, unit: Unit) =>
  readoutValues(klExplorerModel.readouts(state, unit));
const spec = (state: DistributionPair, unit: Unit) =>
  klExplorerChart.spec(state, unit, readouts(state, unit));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('KL explorer chart', () => {
  it('draws the src/lib terms of D(p‖q) and D(q‖p), one bar each per outcome, in bits and nats', () => {
    fc.assert(
      fc.property(pair, (state) => {
        for (const [unit, base] of [
          ['bits', 2],
          ['nats', Math.E],
        ] as const) {
          const drawn = spec(state, unit);
          const forward = markNamed(drawn, 'kl-pq', 'barY').rows;
          const backward = markNamed(drawn, 'kl-qp', 'barY').rows;
          const pq = klTerms(state.p, state.q, { base });
          const qp = klTerms(state.q, state.p, { base });
          expect(forward.map((row) => row.fx)).toEqual(state.p.map((_, i) => i + 1));
          forward.forEach((row, i) => expect(row.y2).toBe(pq[i]));
          backward.forEach((row, i) => expect(row.y2).toBe(qp[i]));
          expectClose(sum(forward.map((row) => row.y2)), klDivergence(state.p, state.q, { base }), {
            abs: 1e-12,
          });
          expectClose(
            sum(backward.map((row) => row.y2)),
            klDivergence(state.q, state.p, { base }),
            {
              abs: 1e-12,
            },
          );
          const [bottom, top] = drawn.y.domain as [number, number];
          for (const row of [...forward, ...backward]) {
            expect(row.y2).toBeLessThanOrEqual(top);
            expect(row.y2).toBeGreaterThanOrEqual(bottom);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('both ends of the domain are steps, so a small change keeps the structure', () => {
    const state = klExplorerModel.defaults;
    const drawn = spec(state, 'bits');
    const [bottom, top] = drawn.y.domain as [number, number];
    expect(top).toBe(steppedTop(top));
    expect(bottom).toBeLessThan(0);
    expect(-bottom).toBe(steppedTop(-bottom));
    const nudged = { p: [0.51, 0.49], q: [0.74, 0.26] };
    expect(structureKey(spec(nudged, 'bits'))).toBe(structureKey(drawn));
  });

  it('the bottom stays below the deepest possible term −1/(e ln b), whatever p and q', () => {
    for (const unit of ['bits', 'nats'] as const) {
      const deepest = -1 / (Math.E * Math.log(unit === 'bits' ? 2 : Math.E));
      // p = 1/e, q = 1 reaches it; p = q has no negative term; both draw the same bottom.
      const reaching = spec({ p: [1 / Math.E, 1 - 1 / Math.E], q: [1, 0] }, unit);
      const equal = spec({ p: [0.3, 0.7], q: [0.3, 0.7] }, unit);
      const bottom = reaching.y.domain![0] as number;
      expect(bottom).toBeLessThanOrEqual(deepest);
      expect(bottom).toBeGreaterThan(deepest * 1.5);
      expect(equal.y.domain![0]).toBe(bottom);
    }
  });

  it('an infinite term is drawn to the top and labelled "∞"; every row stays finite', () => {
    const drawn = spec({ p: [0.5, 0.5], q: [1, 0] }, 'bits');
    expectFiniteRows(drawn);
    const top = drawn.y.domain![1] as number;
    expect(markNamed(drawn, 'kl-pq', 'barY').rows[1]!.y2).toBe(top);
    const labels = markNamed(drawn, 'term-label', 'text').rows;
    expect(labels.find((row) => row.fx === 2 && row.x === 'D(p‖q)')?.text).toBe('∞');
  });

  it('labels terms and ticks up to four outcomes, and past that only an infinite term', () => {
    const uniform = (n: number) => Array.from({ length: n }, () => 1 / n);
    const four = spec({ p: uniform(4), q: uniform(4) }, 'bits');
    expect(markNamed(four, 'term-label', 'text').rows).toHaveLength(8);
    expect(four.x.tickLabels).toEqual(['p‖q', 'q‖p']);
    const five = spec({ p: uniform(5), q: uniform(5) }, 'bits');
    expect(markNamed(five, 'term-label', 'text').rows).toHaveLength(0);
    expect(five.x.axis).toBeNull();
    const infinite = spec({ p: [0.3, 0.3, 0.2, 0.1, 0.1], q: [0.2, 0.2, 0.2, 0.4, 0] }, 'bits');
    expect(markNamed(infinite, 'term-label', 'text').rows).toEqual([
      { fx: 5, x: 'D(p‖q)', y: infinite.y.domain![1], text: '∞' },
    ]);
    expect(spec(klExplorerModel.defaults, 'bits').x.tickLabels).toEqual(['D(p‖q)', 'D(q‖p)']);
  });

  it('the text alternative lists every term and the two sums in the site unit', () => {
    const state = klExplorerModel.defaults;
    const text = klExplorerChart.describe(state, 'nats', readouts(state, 'nats'));
    const pq = formatQuantity(klDivergence(state.p, state.q, { base: Math.E }), 'nats');
    expect(text).toContain(`D(p‖q) = ${pq}`);
    expect(text).toContain('outcome 2:');
  });
});
