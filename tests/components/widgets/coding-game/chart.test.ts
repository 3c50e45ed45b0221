import { describe, expect, it } from 'vitest';
import {
  createRng,
  crossEntropy,
  entropy,
  huffmanCodeLengths,
  sampleCategorical,
} from '../../../../src/lib/index.ts';
import { steppedTop, structureKey } from '../../../../src/components/kit/chart-spec.ts';
import { formatQuantity } from '../../../../src/components/kit/format.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import type { Unit } from '../../../../src/components/kit/unit.ts';
import { codingGameChart } from '../../../../src/components/widgets/coding-game/chart.ts';
import {
  codingGameModel,
  type CodingGameState,
} from '../../../../src/components/widgets/coding-game/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { expectFiniteRows, markNamed } from '../chart-spec-helpers.ts';

const readouts = (state: CodingGameState, unit: Unit) =>
  readoutValues(codingGameModel.readouts(state, unit));
const spec = (state: CodingGameState, unit: Unit) =>
  codingGameChart.spec(state, unit, readouts(state, unit));

const state: CodingGameState = { p: [0.5, 0.3, 0.2], q: [0.2, 0.2, 0.6], n: 5000, seed: 11 };

/** Bits per symbol after each of the first i symbols, counted directly from the seeded draws. */
function runningCost({ p, q, n, seed }: CodingGameState): number[] {
  const lengths = huffmanCodeLengths(q);
  let sent = 0;
  return Array.from(sampleCategorical(p, n, createRng(seed)), (symbol, i) => {
    sent += lengths[symbol]!;
    return sent / (i + 1);
  });
}

describe('coding game chart', () => {
  it('the cost curve is the running bits per symbol of the seeded sample, in bits and nats', () => {
    const direct = runningCost(state);
    for (const [unit, scale] of [
      ['bits', 1],
      ['nats', Math.LN2],
    ] as const) {
      const cost = markNamed(spec(state, unit), 'cost', 'line').rows;
      expect(cost.at(-1)!.x).toBe(state.n);
      for (const point of cost) {
        expectClose(point.y, direct[point.x - 1]! * scale, { rel: 1e-12 });
      }
    }
  });

  it('the rules are H(p) and H(p, q) from src/lib, in the site unit', () => {
    for (const [unit, base] of [
      ['bits', 2],
      ['nats', Math.E],
    ] as const) {
      const drawn = spec(state, unit);
      expect(markNamed(drawn, 'entropy', 'ruleY').rows[0]!.y).toBe(entropy(state.p, { base }));
      expect(markNamed(drawn, 'cross-entropy', 'ruleY').rows[0]!.y).toBe(
        crossEntropy(state.p, state.q, { base }),
      );
    }
  });

  it('the top is a step above the longest codeword p can draw, whatever the seed', () => {
    const lengths = huffmanCodeLengths(state.q);
    for (const seed of [1, 2, 3, 11, 12]) {
      for (const n of [1, 2, 5, 5000]) {
        const drawn = spec({ ...state, n, seed }, 'bits');
        const top = drawn.y.domain![1] as number;
        expect(top).toBe(steppedTop(top));
        expect(top).toBeGreaterThanOrEqual(Math.max(...lengths));
        expect(top).toBeGreaterThan(crossEntropy(state.p, state.q));
        const cost = markNamed(drawn, 'cost', 'line').rows;
        expect(Math.max(...cost.map((point) => point.y))).toBeLessThanOrEqual(top);
      }
    }
  });

  it('the structure stays with n while p, q and the seed change', () => {
    const drawn = spec(state, 'bits');
    const cost = markNamed(drawn, 'cost', 'line').rows;
    const other = { ...state, p: [0.45, 0.35, 0.2], seed: 12 };
    expect(markNamed(spec(other, 'bits'), 'cost', 'line').rows).toHaveLength(cost.length);
    expect(structureKey(spec(other, 'bits'))).toBe(structureKey(drawn));
    expect(drawn.x.domain).toEqual([1, state.n]);
    expect(spec({ ...state, n: 3 }, 'bits').x.domain).toEqual([1, 10]);
  });

  it('an infinite H(p, q) is drawn at the top and labelled "∞"; every row stays finite', () => {
    const drawn = spec({ p: [0.5, 0.5], q: [1, 0], n: 100, seed: 1 }, 'bits');
    expectFiniteRows(drawn);
    const top = drawn.y.domain![1] as number;
    expect(markNamed(drawn, 'cross-entropy', 'ruleY').rows[0]!.y).toBe(top);
    expect(markNamed(drawn, 'cross-entropy-label', 'text').rows[0]!.text).toContain('∞');
  });

  it('the text alternative names the sample cost and both reference values in the site unit', () => {
    const text = codingGameChart.describe(state, 'nats', readouts(state, 'nats'));
    expect(text).toContain(
      `H(p, q) = ${formatQuantity(crossEntropy(state.p, state.q, { base: Math.E }), 'nats')}`,
    );
    expect(text).toContain(`H(p) = ${formatQuantity(entropy(state.p, { base: Math.E }), 'nats')}`);
  });
});
