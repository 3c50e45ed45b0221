import { DistributionError } from './errors.ts';
import { gaussKronrod15, type RuleEstimate } from './gauss-kronrod.ts';

/** Accuracy controls of {@link integrate}. */
export interface IntegrateOptions {
  /** Stop when the error estimate is ≤ relTolerance · |integral| (default 1e-11). */
  readonly relTolerance?: number;
  /** …or ≤ absTolerance (default 1e-15), which matters when the integral is 0. */
  readonly absTolerance?: number;
  /** Give up (and throw) after this many subintervals (default 2000). */
  readonly maxSubintervals?: number;
}

interface Piece extends RuleEstimate {
  readonly a: number;
  readonly b: number;
}

/**
 * Definite integral ∫ₐᵇ f(x) dx by globally adaptive Gauss–Kronrod (G7, K15) quadrature: the
 * subinterval with the largest error estimate is halved until the total estimated error is
 * ≤ max(absTolerance, relTolerance · |result|).
 *
 * Infinite limits are mapped onto finite ones: (−∞, ∞) by x = t/(1 − t²), [a, ∞) by
 * x = a + t/(1 − t), (−∞, b] by x = b − t/(1 − t). a > b gives −∫ᵇₐ; a = b gives 0. f is never
 * evaluated at a limit, so integrable endpoint singularities are fine.
 * If f returns +∞ (or −∞) at a node, the result is +∞ (or −∞): that is how an infinite KL
 * divergence surfaces.
 *
 * @throws {DistributionError} a or b NaN; f returns NaN, or both +∞ and −∞; a tolerance is
 *   negative or NaN; maxSubintervals is not a positive integer; the tolerance is not reached
 *   within maxSubintervals
 * @example integrate((x) => x * x, 0, 3) // => 9
 * @example integrate((x) => Math.exp(-x), 0, Infinity) // => 1
 */
export function integrate(
  f: (x: number) => number,
  a: number,
  b: number,
  { relTolerance = 1e-11, absTolerance = 1e-15, maxSubintervals = 2000 }: IntegrateOptions = {},
): number {
  requireLimit('a', a);
  requireLimit('b', b);
  requireOption('options.relTolerance', relTolerance, relTolerance >= 0);
  requireOption('options.absTolerance', absTolerance, absTolerance >= 0);
  requireOption(
    'options.maxSubintervals',
    maxSubintervals,
    Number.isSafeInteger(maxSubintervals) && maxSubintervals > 0,
  );
  if (a === b) return 0;
  if (a > b) return -integrate(f, b, a, { relTolerance, absTolerance, maxSubintervals });

  let infiniteSign = 0;
  const mapped = mapToFinite(f, a, b);
  const integrand = (t: number): number => {
    const value = mapped.f(t);
    if (Number.isNaN(value)) {
      throw new DistributionError(`integrate: f returned NaN at x = ${String(mapped.x(t))}`, {
        functionName: 'integrate',
        argument: 'f',
        value: mapped.x(t),
      });
    }
    if (value === Infinity || value === -Infinity) {
      infiniteSign |= value > 0 ? 1 : 2;
      return 0;
    }
    return value;
  };

  const pieces: Piece[] = [
    { a: mapped.a, b: mapped.b, ...gaussKronrod15(integrand, mapped.a, mapped.b) },
  ];
  for (;;) {
    if (infiniteSign === 1) return Infinity;
    if (infiniteSign === 2) return -Infinity;
    if (infiniteSign === 3) {
      throw new DistributionError('integrate: f is +∞ at some points and −∞ at others', {
        functionName: 'integrate',
        argument: 'f',
      });
    }
    let total = 0;
    let totalError = 0;
    let worst = 0;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      total += piece.value;
      totalError += piece.error;
      if (piece.error > pieces[worst]!.error) worst = i;
    }
    if (totalError <= Math.max(absTolerance, relTolerance * Math.abs(total))) return total;
    if (pieces.length >= maxSubintervals) {
      throw new DistributionError(
        `integrate: no convergence after ${maxSubintervals} subintervals ` +
          `(estimate ${String(total)} ± ${String(totalError)}); raise options.maxSubintervals or loosen the tolerance`,
        { functionName: 'integrate', argument: 'options.maxSubintervals', value: maxSubintervals },
      );
    }
    const { a: left, b: right } = pieces[worst]!;
    const middle = 0.5 * (left + right);
    pieces[worst] = { a: left, b: middle, ...gaussKronrod15(integrand, left, middle) };
    pieces.push({ a: middle, b: right, ...gaussKronrod15(integrand, middle, right) });
  }
}

/** f on [a, b] rewritten as g on a finite interval with the same integral; x(t) recovers the point. */
function mapToFinite(
  f: (x: number) => number,
  a: number,
  b: number,
): { f: (t: number) => number; x: (t: number) => number; a: number; b: number } {
  if (a === -Infinity && b === Infinity) {
    const x = (t: number): number => t / (1 - t * t);
    return { f: (t) => f(x(t)) * ((1 + t * t) / ((1 - t * t) * (1 - t * t))), x, a: -1, b: 1 };
  }
  if (b === Infinity) {
    const x = (t: number): number => a + t / (1 - t);
    return { f: (t) => f(x(t)) / ((1 - t) * (1 - t)), x, a: 0, b: 1 };
  }
  if (a === -Infinity) {
    const x = (t: number): number => b - t / (1 - t);
    return { f: (t) => f(x(t)) / ((1 - t) * (1 - t)), x, a: 0, b: 1 };
  }
  return { f, x: (t) => t, a, b };
}

function requireLimit(argument: 'a' | 'b', value: number): void {
  if (Number.isNaN(value)) {
    throw new DistributionError(
      `integrate: ${argument} is NaN; limits must be numbers or ±Infinity`,
      {
        functionName: 'integrate',
        argument,
        value,
      },
    );
  }
}

function requireOption(argument: string, value: number, valid: boolean): void {
  if (!valid) {
    throw new DistributionError(`integrate: ${argument} = ${String(value)} is out of range`, {
      functionName: 'integrate',
      argument,
      value,
    });
  }
}
