import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  headsAtCheckpoints,
  indexDraws,
} from '../../../../src/components/widgets/coin-toss/draw-index.ts';

/** Heads after each checkpoint, counted toss by toss. */
function countOneByOne(raw: Uint32Array, sizes: readonly number[], threshold: number): number[] {
  let heads = 0;
  let next = 0;
  const out: number[] = [];
  for (let i = 0; i < (sizes.at(-1) ?? 0); i++) {
    if (raw[i]! < threshold) heads++;
    if (i + 1 === sizes[next]) {
      out.push(heads);
      next++;
    }
  }
  return out;
}

const TWO_32 = 2 ** 32;
// Draws near bucket edges (multiples of 2²⁴) and at the ends, where an off-by-one would show.
const draw = fc.oneof(
  fc.integer({ min: 0, max: TWO_32 - 1 }),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: -2, max: 2 }))
    .map(([bucket, offset]) => Math.min(Math.max(bucket * 2 ** 24 + offset, 0), TWO_32 - 1)),
);

const case_ = fc
  .tuple(fc.array(draw, { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 12 }))
  .chain(([values, cuts]) => {
    const n = values.length;
    const sizes = [...new Set([...cuts.map((c) => (c % n) + 1), n])].sort((a, b) => a - b);
    const threshold = fc.oneof(
      fc.double({ min: 0, max: TWO_32, noNaN: true }),
      fc.constantFrom(...values, ...values.map((v) => v + 1), 0, TWO_32),
    );
    return fc.tuple(fc.constant(Uint32Array.from(values)), fc.constant(sizes), threshold);
  });

describe('draw index', () => {
  it('gives the heads at every checkpoint that counting toss by toss gives', () => {
    fc.assert(
      fc.property(case_, ([raw, sizes, threshold]) => {
        const index = indexDraws(raw, sizes);
        expect([...headsAtCheckpoints(index, threshold)]).toEqual(
          countOneByOne(raw, sizes, threshold),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('keeps each segment’s draws (grouped, not lost or repeated)', () => {
    const raw = Uint32Array.from([5, 2 ** 31, 7, 2 ** 32 - 1, 0, 2 ** 24, 3]);
    const sizes = [2, 5, 7];
    const { grouped } = indexDraws(raw, sizes);
    let start = 0;
    for (const end of sizes) {
      const sorted = (a: Uint32Array) => [...a].sort((x, y) => x - y);
      expect(sorted(grouped.subarray(start, end))).toEqual(sorted(raw.subarray(start, end)));
      start = end;
    }
  });
});
