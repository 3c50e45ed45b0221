import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klDivergence, normalize } from '../../../../src/lib/index.ts';
import { logRatioTerms } from '../../../../src/components/widgets/kl-explorer/chart.ts';
import { klExplorerModel, swapped } from '../../../../src/components/widgets/kl-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const pair = fc.integer({ min: 2, max: 10 }).chain((length) => {
  const list = fc
    .array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: length, maxLength: length })
    .map((w) => Array.from(normalize(w)));
  return fc.record({ p: list, q: list });
});

describe('KL explorer model', () => {
  it('kl-pq and kl-qp are src/lib klDivergence in both directions, bits and nats', () => {
    fc.assert(
      fc.property(pair, (state) => {
        for (const [unit, base] of [
          ['bits', 2],
          ['nats', Math.E],
        ] as const) {
          const [pq, qp] = klExplorerModel.readouts(state, unit);
          expect(pq!.value).toBe(klDivergence(state.p, state.q, { base }));
          expect(qp!.value).toBe(klDivergence(state.q, state.p, { base }));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('swapping p and q swaps the two readouts', () => {
    const state = { p: [0.5, 0.5], q: [0.75, 0.25] };
    const [pq, qp] = klExplorerModel.readouts(state, 'bits');
    const [swappedPq, swappedQp] = klExplorerModel.readouts(swapped(state), 'bits');
    expect(swappedPq!.value).toBe(qp!.value);
    expect(swappedQp!.value).toBe(pq!.value);
    expect(pq!.value).not.toBe(qp!.value);
  });

  it('D(p‖q) is infinite and D(q‖p) finite when q misses part of p', () => {
    const [pq, qp] = klExplorerModel.readouts({ p: [0.5, 0.5], q: [1, 0] }, 'bits');
    expect(pq!.value).toBe(Infinity);
    expect(Number.isFinite(qp!.value)).toBe(true);
  });

  it('the drawn terms of each direction add up to that divergence, and some can be negative', () => {
    fc.assert(
      fc.property(pair, (state) => {
        const terms = logRatioTerms(state, 'bits');
        const total = (direction: string) =>
          terms.filter((t) => t.direction === direction).reduce((sum, t) => sum + t.term, 0);
        expectClose(total('D(p‖q)'), klDivergence(state.p, state.q), { abs: 1e-12 });
        expectClose(total('D(q‖p)'), klDivergence(state.q, state.p), { abs: 1e-12 });
      }),
      { numRuns: 100 },
    );
    const terms = logRatioTerms({ p: [0.5, 0.5], q: [0.75, 0.25] }, 'bits');
    expect(terms.some((t) => t.term < 0)).toBe(true);
  });

  it('validate refuses p and q of different lengths', () => {
    expect(klExplorerModel.validate?.({ p: [0.5, 0.5], q: [0.2, 0.3, 0.5] })).toMatch(
      /q has 3 outcomes but p has 2/,
    );
  });
});
