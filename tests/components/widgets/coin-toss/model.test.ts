import { describe, expect, it } from 'vitest';
import {
  bernoulliKl,
  createRng,
  llrPath,
  logLikelihoodRatio,
  tossCoins,
} from '../../../../src/lib/index.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { coinTossChart } from '../../../../src/components/widgets/coin-toss/chart.ts';
import {
  coinTossModel,
  type CoinTossState,
} from '../../../../src/components/widgets/coin-toss/model.ts';
import { indexDraws } from '../../../../src/components/widgets/coin-toss/draw-index.ts';
import {
  checkpoints,
  keepDraws,
  seedsToDraw,
  simulateRun,
} from '../../../../src/components/widgets/coin-toss/simulation.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const byName = (state: CoinTossState, unit: 'bits' | 'nats') =>
  readoutValues(coinTossModel.readouts(state, unit));

const state: CoinTossState = { p: 0.4, q: 0.7, n: 20_000, seed: 9, source: 'q', runs: 2 };

function heads(s: CoinTossState): number {
  const tosses = tossCoins(s.n, s.source === 'p' ? s.p : s.q, createRng(s.seed));
  return tosses.reduce((sum, t) => sum + t, 0);
}

describe('coin toss model', () => {
  it('heads and llr-per-toss are those of the library tossing the source coin with the seed', () => {
    const k = heads(state);
    const bits = byName(state, 'bits');
    const nats = byName(state, 'nats');
    expect(bits['heads']).toBe(k);
    expect(bits['llr-per-toss']).toBe(logLikelihoodRatio(k, state.n, state.p, state.q) / state.n);
    expect(nats['llr-per-toss']).toBe(
      logLikelihoodRatio(k, state.n, state.p, state.q, { base: Math.E }) / state.n,
    );
  });

  it('kl-pq and kl-qp are bernoulliKl in the site unit', () => {
    const bits = byName(state, 'bits');
    const nats = byName(state, 'nats');
    expect(bits['kl-pq']).toBe(bernoulliKl(state.p, state.q));
    expect(bits['kl-qp']).toBe(bernoulliKl(state.q, state.p));
    expect(nats['kl-pq']).toBe(bernoulliKl(state.p, state.q, { base: Math.E }));
  });

  it('the drawn path is llrPath at the checkpoints; each run has its own seed', () => {
    const tosses = tossCoins(state.n, state.q, createRng(state.seed));
    const path = llrPath(tosses, state.p, state.q, { base: Math.E });
    const run = simulateRun(state, 0);
    checkpoints(state.n).forEach((size, i) => expect(run.sampled[i]).toBe(path[size - 1]));
    expect(simulateRun(state, 1).heads).toBe(heads({ ...state, seed: state.seed + 1 }));
  });

  it('reuses its draws across p, q and n and still tosses exactly as tossCoins does', () => {
    // Each state after the first reuses or extends the draws of the one before (same seed).
    const states: CoinTossState[] = [
      { ...state, seed: 99, n: 1000, p: 0.3, source: 'p' },
      { ...state, seed: 99, n: 5000, p: 0.61, source: 'p' },
      { ...state, seed: 99, n: 200, q: 0.97, source: 'q' },
      { ...state, seed: 99, n: 5000, p: 0.5, source: 'p' },
    ];
    for (const s of states) {
      const tosses = tossCoins(s.n, s.source === 'p' ? s.p : s.q, createRng(s.seed));
      const path = llrPath(tosses, s.p, s.q, { base: Math.E });
      const run = simulateRun(s, 0);
      expect(run.heads).toBe(heads(s));
      checkpoints(s.n).forEach((size, i) => expect(run.sampled[i]).toBe(path[size - 1]));
    }
  });

  it('tosses exactly as tossCoins does after older seeds’ draws were let go and reused', () => {
    // Eight seeds of 10⁶ tosses do not fit in the draws kept (6 · 10⁶): the oldest go, and
    // their arrays are filled with the new seeds' draws.
    for (const seed of [11, 12, 13, 14, 15, 16, 17, 18, 11]) {
      const s: CoinTossState = { ...state, seed, n: 1_000_000, p: 0.37, source: 'p' };
      expect(simulateRun(s, 0).heads).toBe(heads(s));
    }
  });

  it('draws kept from elsewhere are used as drawn here; those they push out are handed back', () => {
    const n = 1_000_000;
    const kept = [201, 202, 203, 204, 205, 206].map((seed) => {
      const raw = createRng(seed).fillUint32(new Uint32Array(n));
      expect(seedsToDraw({ seed, n }, 1)).toEqual([seed]);
      // Earlier tests' draws may go to make room; these six fit together.
      keepDraws(seed, raw, indexDraws(raw, checkpoints(n)));
      expect(seedsToDraw({ seed, n }, 1)).toEqual([]);
      return raw;
    });
    expect(seedsToDraw({ seed: 201, n }, 6)).toEqual([]);
    expect(seedsToDraw({ seed: 204, n }, 4)).toEqual([207]);
    const s: CoinTossState = { ...state, seed: 203, n, p: 0.61, source: 'p' };
    expect(simulateRun(s, 0).heads).toBe(heads(s));
    // A seventh seed does not fit: the oldest kept (201) goes and its buffers come back.
    const raw = createRng(207).fillUint32(new Uint32Array(n));
    const freed = keepDraws(207, raw, indexDraws(raw, checkpoints(n)));
    expect(freed.includes(kept[0]!.buffer as ArrayBuffer)).toBe(true);
    expect(freed.includes(kept[2]!.buffer as ArrayBuffer)).toBe(false);
    expect(seedsToDraw({ seed: 201, n }, 1)).toEqual([201]);
  });

  it('checkpoints are increasing, at most 401, from 1 to n', () => {
    const sizes = checkpoints(1_000_000);
    expect(sizes[0]).toBe(1);
    expect(sizes.at(-1)).toBe(1_000_000);
    expect(sizes.length).toBeLessThanOrEqual(401);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
    expect(checkpoints(1)).toEqual([1]);
  });

  it('the chart marks the limit −D(q‖p) when coin 2 tosses and D(p‖q) when coin 1 does', () => {
    for (const source of ['p', 'q'] as const) {
      const s = { ...state, source };
      const spec = coinTossChart.spec(s, 'nats', byName(s, 'nats'));
      const limit = spec.marks.find((m) => m.name === 'limit')!.rows[0] as { y: number };
      const expected =
        source === 'p'
          ? bernoulliKl(s.p, s.q, { base: Math.E })
          : -bernoulliKl(s.q, s.p, { base: Math.E });
      expect(limit.y).toBe(expected);
      expect(spec.marks.filter((m) => m.name.startsWith('run-'))).toHaveLength(s.runs);
    }
  });

  it('the band half-width is 2 sd/√N with the exact per-toss sd under the source coin', () => {
    const spec = coinTossChart.spec(state, 'nats', byName(state, 'nats'));
    const band = spec.marks.find((m) => m.name === 'band')!.rows as {
      x: number;
      y1: number;
      y2: number;
    }[];
    const a = Math.log(state.p / state.q);
    const b = Math.log((1 - state.p) / (1 - state.q));
    const mean = state.q * a + (1 - state.q) * b;
    const sd = Math.sqrt(state.q * (a - mean) ** 2 + (1 - state.q) * (b - mean) ** 2);
    const last = band.at(-1)!;
    expectClose((last.y2 - last.y1) / 2, (2 * sd) / Math.sqrt(state.n), { rel: 1e-9 });
    expectClose(mean, -bernoulliKl(state.q, state.p, { base: Math.E }), { rel: 1e-12 });
  });

  it('codecs refuse hostile values', () => {
    const { codecs } = coinTossModel;
    for (const raw of ['0', '1', '-0.2', 'NaN', 'Infinity', '0x1', '', '1e999'])
      expect(codecs.p.parse(raw).ok).toBe(false);
    for (const raw of ['0', '1000001', '2.5', '-1', 'abc'])
      expect(codecs.n.parse(raw).ok).toBe(false);
    for (const raw of ['P', 'x', '', 'pq', '1']) expect(codecs.source.parse(raw).ok).toBe(false);
    for (const raw of ['0', '6', '1.5']) expect(codecs.runs.parse(raw).ok).toBe(false);
    expect(codecs.seed.parse('4294967296').ok).toBe(false);
    expect(codecs.source.parse('q')).toEqual({ ok: true, value: 'q' });
    expect(codecs.n.parse('1000000')).toEqual({ ok: true, value: 1_000_000 });
  });

  it('the chart description rounds its numbers', () => {
    const text = coinTossChart.describe(state, 'bits', byName(state, 'bits'));
    expect(text).toContain('−D(q‖p)');
    expect(text).not.toMatch(/\d\.\d{5,}/);
  });
});
