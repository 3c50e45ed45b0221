/**
 * The coding game's experiment: n symbols drawn from p (seeded, `sampleCategorical` with
 * `createRng(seed)`), each sent with its codeword from the Huffman code built for q
 * (`huffmanCodeLengths`). Everything is in binary digits (bits): the code is binary.
 *
 * - `bitsPerSymbol`: the total length sent divided by n, i.e. `expectedCodeLength` under the
 *   empirical frequencies of the sample;
 * - `runningAverage`: the bits per symbol after the first i symbols, at about 200 roughly
 *   log-spaced i (enough for a smooth chart; never n points);
 * - `counts`: how often each outcome was drawn.
 * The last simulation is cached, so the readouts and the chart share one run.
 */
import {
  createRng,
  expectedCodeLength,
  huffmanCodeLengths,
  sampleCategorical,
} from '../../../lib/index.ts';

export interface CodingGameInput {
  p: number[];
  q: number[];
  n: number;
  seed: number;
}

export interface RunningPoint {
  symbols: number;
  bitsPerSymbol: number;
}

export interface Simulation {
  lengths: Float64Array;
  counts: Uint32Array;
  bitsPerSymbol: number;
  runningAverage: RunningPoint[];
}

const CHART_POINTS = 200;

/** About `CHART_POINTS` distinct sample sizes 1 … n, spaced evenly on a log scale, n last. */
export function checkpoints(n: number): number[] {
  const sizes = new Set<number>();
  for (let k = 0; k < CHART_POINTS; k++) {
    sizes.add(Math.max(1, Math.round(n ** (k / (CHART_POINTS - 1)))));
  }
  sizes.add(n);
  return [...sizes].sort((a, b) => a - b);
}

function run({ p, q, n, seed }: CodingGameInput): Simulation {
  const lengths = huffmanCodeLengths(q);
  const symbols = sampleCategorical(p, n, createRng(seed));
  const counts = new Uint32Array(p.length);
  const runningAverage: RunningPoint[] = [];
  let sent = 0;
  let next = 0;
  const sizes = checkpoints(n);
  for (let i = 0; i < n; i++) {
    const symbol = symbols[i]!;
    counts[symbol]! += 1;
    sent += lengths[symbol]!;
    if (i + 1 === sizes[next]) {
      runningAverage.push({ symbols: i + 1, bitsPerSymbol: sent / (i + 1) });
      next++;
    }
  }
  const frequencies = Array.from(counts, (count) => count / n);
  return {
    lengths,
    counts,
    bitsPerSymbol: expectedCodeLength(frequencies, lengths),
    runningAverage,
  };
}

let cached: { key: string; result: Simulation } | undefined;

/** The simulation for `input` (memoised: the same input twice runs once). */
export function simulate(input: CodingGameInput): Simulation {
  const key = JSON.stringify([input.p, input.q, input.n, input.seed]);
  if (cached?.key !== key) cached = { key, result: run(input) };
  return cached.result;
}
