import { describe, expect, it } from 'vitest';
import {
  canonicalCodewords,
  crossEntropy,
  entropy,
  expectedCodeLength,
  huffmanCodeLengths,
} from '../../../../src/lib/index.ts';
import { codeTableRows } from '../../../../src/components/widgets/coding-game/code-table.ts';
import {
  codingGameModel,
  type CodingGameState,
} from '../../../../src/components/widgets/coding-game/model.ts';
import {
  checkpoints,
  simulate,
} from '../../../../src/components/widgets/coding-game/simulation.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { bitsSent } from './bits-sent.ts';

const byName = (state: CodingGameState, unit: 'bits' | 'nats') =>
  Object.fromEntries(codingGameModel.readouts(state, unit).map((r) => [r.name, r.value]));

const state: CodingGameState = { p: [0.5, 0.3, 0.2], q: [0.2, 0.2, 0.6], n: 5000, seed: 11 };

describe('coding game model', () => {
  it('bits-per-symbol is the bits actually sent for the seeded sample, divided by n', () => {
    expectClose(byName(state, 'bits')['bits-per-symbol']!, bitsSent(state) / state.n, {
      rel: 1e-12,
    });
  });

  it('expected-length, cross-entropy and entropy come from src/lib; nats convert by ln 2', () => {
    const bits = byName(state, 'bits');
    const nats = byName(state, 'nats');
    const expected = expectedCodeLength(state.p, huffmanCodeLengths(state.q));
    expect(bits['expected-length']).toBe(expected);
    expectClose(nats['expected-length']!, expected * Math.LN2, { rel: 1e-15 });
    expect(bits['cross-entropy']).toBe(crossEntropy(state.p, state.q));
    expect(nats['entropy']).toBe(entropy(state.p, { base: Math.E }));
  });

  it('at n = 100 000 the cost per symbol is within 5 standard errors of the expected length', () => {
    const big = { ...state, n: 100_000 };
    const lengths = huffmanCodeLengths(big.q);
    const mean = expectedCodeLength(big.p, lengths);
    const variance = big.p.reduce((sum, pi, i) => sum + pi * (lengths[i]! - mean) ** 2, 0);
    expectClose(byName(big, 'bits')['bits-per-symbol']!, mean, {
      abs: 5 * Math.sqrt(variance / big.n),
    });
  });

  it('the same seed gives the same sample; the running average ends at bits-per-symbol', () => {
    const run = simulate(state);
    expect(run.runningAverage.at(-1)).toEqual({
      symbols: state.n,
      bitsPerSymbol: bitsSent(state) / state.n,
    });
    expect(simulate({ ...state }).counts).toEqual(run.counts);
  });

  it('the chart gets about 200 points, never n', () => {
    const sizes = checkpoints(100_000);
    expect(sizes.length).toBeLessThanOrEqual(201);
    expect(sizes[0]).toBe(1);
    expect(sizes.at(-1)).toBe(100_000);
    expect(checkpoints(3)).toEqual([1, 2, 3]);
  });

  it('n = 100 000 runs in well under a second', () => {
    const started = performance.now();
    simulate({ ...state, n: 100_000, seed: 99 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('the code table lists the Huffman codewords for q and the counts of the sample', () => {
    const rows = codeTableRows(state);
    expect(rows.map((row) => row.codeword)).toEqual(
      canonicalCodewords(huffmanCodeLengths(state.q)),
    );
    expect(rows.reduce((sum, row) => sum + row.drawn, 0)).toBe(state.n);
  });

  it('a q with a zero still gets a codeword: finite cost, infinite H(p, q)', () => {
    const readouts = byName({ p: [0.5, 0.5], q: [1, 0], n: 100, seed: 1 }, 'bits');
    expect(readouts['cross-entropy']).toBe(Infinity);
    expect(Number.isFinite(readouts['bits-per-symbol'])).toBe(true);
  });

  it('codecs refuse n = 0, n above 100 000, a fractional n and a negative seed', () => {
    for (const raw of ['0', '100001', '2.5'])
      expect(codingGameModel.codecs.n.parse(raw).ok).toBe(false);
    expect(codingGameModel.codecs.seed.parse('-1').ok).toBe(false);
  });
});
