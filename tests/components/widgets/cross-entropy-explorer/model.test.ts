import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy, entropy, klDivergence, normalize } from '../../../../src/lib/index.ts';
import { crossEntropyExplorerModel } from '../../../../src/components/widgets/cross-entropy-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const pair = fc.integer({ min: 2, max: 10 }).chain((length) => {
  const list = fc
    .array(fc.double({ min: 1e-4, max: 1, noNaN: true }), { minLength: length, maxLength: length })
    .map((w) => Array.from(normalize(w)));
  return fc.record({ p: list, q: list });
});

const byName = (state: { p: number[]; q: number[] }, unit: 'bits' | 'nats') =>
  Object.fromEntries(crossEntropyExplorerModel.readouts(state, unit).map((r) => [r.name, r]));

describe('cross-entropy explorer model', () => {
  it('readouts are src/lib crossEntropy, entropy and klDivergence, in bits and in nats', () => {
    fc.assert(
      fc.property(pair, (state) => {
        for (const [unit, base] of [
          ['bits', 2],
          ['nats', Math.E],
        ] as const) {
          const readouts = byName(state, unit);
          expect(readouts['cross-entropy']!.value).toBe(crossEntropy(state.p, state.q, { base }));
          expect(readouts['entropy']!.value).toBe(entropy(state.p, { base }));
          expect(readouts['kl']!.value).toBe(klDivergence(state.p, state.q, { base }));
          expect(readouts['kl']!.unit).toBe(unit);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('q = p gives KL 0 and a cross-entropy equal to H(p), not 0', () => {
    const p = [1 / 3, 1 / 3, 1 / 3];
    const readouts = byName({ p, q: p }, 'bits');
    expect(readouts['kl']!.value).toBe(0);
    expectClose(readouts['cross-entropy']!.value, entropy(p), { rel: 1e-15 });
    expect(readouts['cross-entropy']!.value).toBeGreaterThan(1.5);
  });

  it('is infinite where q misses an outcome of p', () => {
    const readouts = byName({ p: [0.5, 0.5], q: [1, 0] }, 'bits');
    expect(readouts['cross-entropy']!.value).toBe(Infinity);
    expect(readouts['kl']!.value).toBe(Infinity);
  });

  it('validate names the mismatch when p and q differ in length', () => {
    expect(crossEntropyExplorerModel.validate?.({ p: [0.5, 0.5], q: [0.2, 0.3, 0.5] })).toBe(
      'q has 3 outcomes but p has 2; give both the same number',
    );
    expect(crossEntropyExplorerModel.validate?.({ p: [0.5, 0.5], q: [0.2, 0.8] })).toBeUndefined();
  });

  it('codecs refuse −0.2, text and a q that does not sum to 1', () => {
    for (const raw of ['-0.2,1.2', 'a,b', '0.5,0.6']) {
      expect(crossEntropyExplorerModel.codecs.q.parse(raw).ok).toBe(false);
    }
  });
});
