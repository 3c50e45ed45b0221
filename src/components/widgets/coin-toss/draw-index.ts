/**
 * Heads at every checkpoint, for any P(heads), without passing over the tosses again.
 *
 * A toss is heads when its raw draw u (an integer in [0, 2³²)) is below P(heads)·2³². The draws
 * between two checkpoints are grouped once by their top `BUCKET_BITS` bits (a counting sort,
 * two passes over the draws), with each group's count below it kept. Then the heads between
 * two checkpoints are the draws of the groups wholly below the threshold (one table lookup)
 * plus the draws below it in the one group the threshold falls in (a scan of about
 * n / 2^BUCKET_BITS draws in all). So a new p or q costs a few thousand steps at 10⁶ tosses,
 * and the counts are exact: the same heads as counting the tosses one by one.
 */

const BUCKET_BITS = 8;
const BUCKETS = 2 ** BUCKET_BITS;
const BUCKET_SIZE = 2 ** (32 - BUCKET_BITS);

export interface DrawIndex {
  /** The checkpoints: toss counts, increasing, the last one n. */
  readonly sizes: readonly number[];
  /** The first n draws, each segment's (from one checkpoint to the next) grouped by bucket. */
  readonly grouped: Uint32Array;
  /** For segment j and bucket b: draws of segment j in buckets below b (`BUCKETS + 1` a row). */
  readonly below: Uint32Array;
}

/** The lengths of an index's `grouped` and `below` arrays for checkpoints `sizes`. */
export function indexSize(sizes: readonly number[]): { grouped: number; below: number } {
  return { grouped: sizes.at(-1) ?? 0, below: sizes.length * (BUCKETS + 1) };
}

/** Arrays an index may be written into (each used when long enough, whatever it holds). */
export interface IndexBuffers {
  grouped?: Uint32Array | undefined;
  below?: Uint32Array | undefined;
}

/**
 * Groups the first `sizes.at(-1)` draws of `raw` segment by segment (see the module comment),
 * into the arrays of `into` where they are long enough (views of their start), else new ones.
 */
export function indexDraws(
  raw: Uint32Array,
  sizes: readonly number[],
  into: IndexBuffers = {},
): DrawIndex {
  const size = indexSize(sizes);
  const grouped = reuse(into.grouped, size.grouped);
  const below = reuse(into.below, size.below).fill(0);
  const cursor = new Uint32Array(BUCKETS);
  let start = 0;
  sizes.forEach((end, segment) => {
    const row = segment * (BUCKETS + 1);
    for (let i = start; i < end; i++) below[row + 1 + (raw[i]! >>> (32 - BUCKET_BITS))]!++;
    for (let b = 0; b < BUCKETS; b++) {
      below[row + b + 1]! += below[row + b]!;
      cursor[b] = start + below[row + b]!;
    }
    for (let i = start; i < end; i++) {
      const u = raw[i]!;
      grouped[cursor[u >>> (32 - BUCKET_BITS)]!++] = u;
    }
    start = end;
  });
  return { sizes, grouped, below };
}

function reuse(buffer: Uint32Array | undefined, length: number): Uint32Array {
  return buffer && buffer.length >= length ? buffer.subarray(0, length) : new Uint32Array(length);
}

/**
 * Heads after each checkpoint's toss count: the number of the first `sizes[j]` draws below
 * `threshold` (P(heads)·2³², in [0, 2³²]).
 */
export function headsAtCheckpoints(index: DrawIndex, threshold: number): Float64Array {
  const { sizes, grouped, below } = index;
  const heads = new Float64Array(sizes.length);
  const bucket = Math.min(Math.floor(threshold / BUCKET_SIZE), BUCKETS);
  let total = 0;
  let start = 0;
  sizes.forEach((end, segment) => {
    const row = segment * (BUCKETS + 1);
    total += below[row + bucket]!;
    if (bucket < BUCKETS) {
      const last = start + below[row + bucket + 1]!;
      for (let i = start + below[row + bucket]!; i < last; i++)
        if (grouped[i]! < threshold) total++;
    }
    heads[segment] = total;
    start = end;
  });
  return heads;
}
