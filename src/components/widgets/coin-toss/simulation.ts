/**
 * The coin-toss experiment: `runs` independent runs of n tosses of the source coin (P(heads)
 * = p when source is 'p', q when 'q'). Run r is seeded with (seed + r) mod 2³², so run 0 is
 * exactly `tossCoins(n, heads, createRng(seed))`, looked up in the same draws, kept for the next
 * p, q or n (see `drawsFor` and `draw-index.ts`). Each run's per-toss log-likelihood ratio for
 * coin 1 (in nats, the value `llrPath` gives) is evaluated from the head count at about
 * `CHART_POINTS` log-spaced toss counts only (the chart never draws n points). Runs are
 * memoised one by one, so adding a run computes only the new one.
 */
import { createRng, logLikelihoodRatio } from '../../../lib/index.ts';
import { MAX_RUNS, MAX_TOSSES } from './limits.ts';
import { checkpoints, runSeed } from './checkpoints.ts';
import { headsAtCheckpoints, indexDraws, type DrawIndex } from './draw-index.ts';

export type Source = 'p' | 'q';

export interface CoinTossInput {
  p: number;
  q: number;
  n: number;
  seed: number;
  source: Source;
}

export interface Run {
  heads: number;
  /** The per-toss log-ratio after all n tosses, in nats. */
  final: number;
  /** Per-toss log-ratio (nats) at each of `checkpoints(n)`. */
  sampled: Float64Array;
}

export { CHART_POINTS, checkpoints, runSeed } from './checkpoints.ts';

/**
 * The raw 32-bit draws of `createRng(seed)`, u·2³² for each u it returns, kept per seed (the
 * longest n asked for so far) while they fit in `DRAW_LIMIT` draws in all, with their index
 * for the last n asked (`draw-index.ts`). A toss is heads when u < P(heads), so the same draws
 * serve every p and q and every n up to the longest: dragging p or q looks the heads up in the
 * index, and changing n regroups the kept draws without drawing again (the tosses are exactly
 * `tossCoins`').
 */
interface SeedDraws {
  raw: Uint32Array;
  index: DrawIndex | undefined;
}
const draws = new Map<number, SeedDraws>();
/** Enough for every run at the most tosses, and one seed more (the seed slider's next). */
const DRAW_LIMIT = (MAX_RUNS + 1) * MAX_TOSSES;

/** Lets the oldest kept draws go until `extra` more fit in `DRAW_LIMIT`; returns them. */
function makeRoom(extra: number): SeedDraws[] {
  let total = extra;
  for (const other of draws.values()) total += other.raw.length;
  const evicted: SeedDraws[] = [];
  for (const [oldest, other] of draws) {
    if (total <= DRAW_LIMIT) break;
    draws.delete(oldest);
    total -= other.raw.length;
    evicted.push(other);
  }
  return evicted;
}

function drawsFor(seed: number, n: number): SeedDraws {
  const kept = draws.get(seed);
  draws.delete(seed); // most recently used last
  if (kept && kept.raw.length >= n) {
    draws.set(seed, kept);
    return kept;
  }
  // Make room first, oldest first; the largest arrays let go are filled again (no new 4 MB).
  let spare = kept;
  for (const other of makeRoom(n)) {
    if (!spare || other.raw.length > spare.raw.length) spare = other;
  }
  const raw = spare && spare.raw.length >= n ? spare.raw.subarray(0, n) : new Uint32Array(n);
  createRng(seed).fillUint32(raw);
  const entry: SeedDraws = { raw, index: undefined };
  if (n <= DRAW_LIMIT) draws.set(seed, entry);
  return entry;
}

/** The seeds of `input`'s first `runs` runs whose draws for n tosses are not kept. */
export function seedsToDraw(input: Pick<CoinTossInput, 'seed' | 'n'>, runs: number): number[] {
  const seeds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const seed = runSeed(input.seed, run);
    if ((draws.get(seed)?.raw.length ?? 0) < input.n) seeds.push(seed);
  }
  return seeds;
}

/** The buffers under kept draws (their raw values and index), to be filled again elsewhere. */
function buffersOf(entries: readonly SeedDraws[]): ArrayBuffer[] {
  const buffers = entries.flatMap(({ raw, index }) => [
    raw.buffer,
    ...(index ? [index.grouped.buffer, index.below.buffer] : []),
  ]);
  return [...new Set(buffers)].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
  );
}

/**
 * Keep `seed`'s draws `raw` (exactly `createRng(seed)`'s, drawn elsewhere) with their index
 * for `index.sizes`, as if drawn here. Returns the buffers of the draws this lets go (older
 * seeds, or shorter draws of this seed), which nothing here uses any more.
 */
export function keepDraws(seed: number, raw: Uint32Array, index: DrawIndex): ArrayBuffer[] {
  const kept = draws.get(seed);
  draws.delete(seed);
  const evicted = makeRoom(raw.length);
  if (kept) evicted.push(kept);
  draws.set(seed, { raw, index });
  return buffersOf(evicted);
}

function indexFor(seed: number, n: number): DrawIndex {
  const entry = drawsFor(seed, n);
  if (entry.index?.sizes.at(-1) !== n) entry.index = indexDraws(entry.raw, checkpoints(n));
  return entry.index;
}

function compute({ p, q, n, seed, source }: CoinTossInput, run: number): Run {
  const index = indexFor(runSeed(seed, run), n);
  // u < P(heads) exactly when u·2³² < P(heads)·2³² (both products are exact).
  const heads = headsAtCheckpoints(index, (source === 'p' ? p : q) * 2 ** 32);
  // The same values as `llrPath(tossCoins(…), p, q, { base: Math.E })`, at the checkpoints.
  const sampled = Float64Array.from(
    index.sizes,
    (size, j) => logLikelihoodRatio(heads[j]!, size, p, q, { base: Math.E }) / size,
  );
  return { heads: heads.at(-1)!, final: sampled.at(-1)!, sampled };
}

const cache = new Map<string, Run>();
const CACHE_LIMIT = 12;

/** Run `run` of `input` (memoised). */
export function simulateRun(input: CoinTossInput, run: number): Run {
  const key = JSON.stringify([input.p, input.q, input.n, input.seed, input.source, run]);
  let result = cache.get(key);
  if (!result) {
    result = compute(input, run);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  }
  return result;
}

/**
 * The per-toss log-ratio's limit and its spread, in nats: the expected log-ratio of one toss
 * under the source coin (D(p‖q), or −D(q‖p) for source q) and its standard deviation,
 * √(s(1 − s))·|ln(p/q) − ln((1 − p)/(1 − q))| with s the source's P(heads).
 */
export function perTossMoments(
  { p, q, source }: Pick<CoinTossInput, 'p' | 'q' | 'source'>,
  limit: number,
): { limit: number; sd: number } {
  const s = source === 'p' ? p : q;
  const spread = Math.abs(Math.log(p / q) - Math.log((1 - p) / (1 - q)));
  return { limit, sd: Math.sqrt(s * (1 - s)) * spread };
}
