import { assert } from 'vitest';

/** Allowed distance between two numbers: |actual − expected| ≤ max(abs, rel · |expected|). */
export interface Tolerance {
  /** Relative tolerance, scaled by |expected| (default 0). */
  readonly rel?: number;
  /** Absolute tolerance (default 0). */
  readonly abs?: number;
}

/**
 * Fails unless `actual` is within the tolerance of `expected`. Equal values always pass, so
 * `Infinity` matches `Infinity`; NaN never passes. With no tolerance the check is exact.
 * The failure message shows both values, their difference and the tolerance.
 */
export function expectClose(
  actual: number,
  expected: number,
  { rel = 0, abs = 0 }: Tolerance = {},
): void {
  if (actual === expected) return;
  const difference = Math.abs(actual - expected);
  const allowed = Math.max(abs, rel * Math.abs(expected));
  if (!(difference <= allowed)) {
    assert.fail(
      `expected ${String(actual)} to be close to ${String(expected)}: ` +
        `|difference| = ${String(difference)} > allowed ${String(allowed)} (rel ${rel}, abs ${abs})`,
    );
  }
}

/** {@link expectClose} for each entry of two vectors of the same length. */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: Tolerance = {},
): void {
  assert.strictEqual(actual.length, expected.length, 'vector lengths differ');
  for (let i = 0; i < expected.length; i++) {
    try {
      expectClose(actual[i]!, expected[i]!, tolerance);
    } catch (error) {
      assert.fail(`at index ${i}: ${(error as Error).message}`);
    }
  }
}
