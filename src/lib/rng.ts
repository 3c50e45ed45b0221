import { DistributionError } from './errors.ts';

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

/** A seeded `Rng` that can also hand out many of its next outputs at once. */
export interface SeededRng extends Rng {
  /**
   * Fills `out` with the next `out.length` outputs as the integers k = u·2³² (u what calling
   * the generator would return), in order, and moves the stream past them: the same stream as
   * `out.length` calls, several times faster (no call or division per number).
   */
  fillUint32(out: Uint32Array): Uint32Array;
}

/**
 * A seeded uniform random number generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 32-bit; passes PractRand and BigCrush), its state filled by splitmix32 from the
 * seed and warmed up by 12 discarded outputs.
 *
 * Only 32-bit integer arithmetic (`Math.imul`, shifts, `| 0`) is used, so the same seed gives
 * the same stream on every platform and JavaScript engine. Each number is k / 2³² for an
 * integer k ∈ [0, 2³²): never 1, which keeps `rng() < p` exact at p = 0 and p = 1.
 *
 * @param seed any safe integer; both its low and its high 32 bits are used
 * @throws {DistributionError} seed not a safe integer
 * @example createRng(42)() // => 0.456255805445835 (always)
 * @example createRng(42).fillUint32(new Uint32Array(1)) // => Uint32Array [1959603763]
 */
export function createRng(seed: number): SeededRng {
  if (!Number.isSafeInteger(seed)) {
    throw new DistributionError(`createRng: seed = ${String(seed)} must be a safe integer`, {
      functionName: 'createRng',
      argument: 'seed',
      value: seed,
    });
  }
  let mixState = seed | 0;
  const splitmix32 = (): number => {
    mixState = (mixState + 0x9e3779b9) | 0;
    let z = mixState ^ (mixState >>> 16);
    z = Math.imul(z, 0x21f0aaad);
    z ^= z >>> 15;
    z = Math.imul(z, 0x735a2d97);
    return z ^ (z >>> 15);
  };
  let a = splitmix32();
  let b = splitmix32() ^ Math.floor(seed / 0x100000000);
  let c = splitmix32();
  let counter = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 0x100000000;
  };
  // The same steps as `next`, on local copies of the state (kept in registers), written back.
  const fillUint32 = (out: Uint32Array): Uint32Array => {
    let [x, y, z, k] = [a, b, c, counter];
    for (let i = 0; i < out.length; i++) {
      const t = (((x + y) | 0) + k) | 0;
      k = (k + 1) | 0;
      x = y ^ (y >>> 9);
      y = (z + (z << 3)) | 0;
      z = (z << 21) | (z >>> 11);
      z = (z + t) | 0;
      out[i] = t;
    }
    [a, b, c, counter] = [x, y, z, k];
    return out;
  };
  for (let i = 0; i < 12; i++) next();
  return Object.assign(next, { fillUint32 });
}
