/** Where a {@link DistributionError} was raised and what it was given. */
export interface DistributionErrorDetails {
  /** The library function that rejected its input, e.g. `'entropy'`. */
  readonly functionName: string;
  /** The argument at fault, e.g. `'q'` or `'options.base'`. */
  readonly argument: string;
  /** The offending position inside a vector argument, when there is one. */
  readonly index?: number;
  /** The offending value, when there is a single one. */
  readonly value?: unknown;
}

/**
 * The one error this library throws for input that makes no sense: an empty vector, vectors of
 * different lengths, a NaN or infinite entry, a negative probability, a sum that is not 1, a
 * σ ≤ 0, a logarithm base ≤ 0 or equal to 1, a class index out of range, a non-integer count.
 *
 * It extends `RangeError`, so `catch (e) { if (e instanceof RangeError) … }` also works. The
 * message names the function, the argument, the index and the value; the same facts are kept
 * as fields so a widget can point at the control that holds the bad value.
 *
 * `Infinity` is never an error: it is the correct answer where q = 0 < p.
 *
 * @example new DistributionError('entropy: p is empty', { functionName: 'entropy', argument: 'p' }).argument // => 'p'
 */
export class DistributionError extends RangeError {
  readonly functionName: string;
  readonly argument: string;
  readonly index: number | undefined;
  readonly value: unknown;

  constructor(message: string, details: DistributionErrorDetails) {
    super(message);
    this.name = 'DistributionError';
    this.functionName = details.functionName;
    this.argument = details.argument;
    this.index = details.index;
    this.value = details.value;
  }
}
