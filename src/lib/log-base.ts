import { DistributionError } from './errors.ts';

/** Options of every function that returns an amount of information. */
export interface LogBase {
  /**
   * Base of the logarithm: 2 (the default) gives bits, `Math.E` gives nats, 10 gives hartleys.
   * Must be finite, > 0 and ≠ 1.
   */
  readonly base?: number;
}

/** The default logarithm base of the library: information is reported in bits. */
export const DEFAULT_BASE = 2;

/**
 * ln(base): divide a quantity computed in nats by it to express it in the given base.
 * (Dividing rounds once; multiplying by 1 / ln(base) would round twice.)
 *
 * @throws {DistributionError} base is not finite, ≤ 0, or equal to 1
 * @example naturalLogOfBase('entropy', Math.E) // => 1
 */
export function naturalLogOfBase(functionName: string, base: number): number {
  if (!(base > 0 && base < Infinity) || base === 1) {
    throw new DistributionError(
      `${functionName}: options.base = ${String(base)} is not a valid logarithm base; ` +
        'use a finite number > 0 other than 1 (2 for bits, Math.E for nats)',
      { functionName, argument: 'options.base', value: base },
    );
  }
  return Math.log(base);
}
