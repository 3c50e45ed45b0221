import { DistributionError } from './errors.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { complementLogRatio, logRatio } from './log-ratio.ts';
import { requireCount, requireProbability } from './scalar-checks.ts';

/**
 * Log-likelihood ratio of one particular sequence of n tosses with k heads, under a coin with
 * P(heads) = p against a coin with P(heads) = q:
 *
 *   LLR = log_b[pᵏ(1 − p)ⁿ⁻ᵏ / qᵏ(1 − q)ⁿ⁻ᵏ] = k log_b(p/q) + (n − k) log_b((1 − p)/(1 − q)).
 *
 * Computed in log space, so n = 10⁶ (where pᵏ(1 − p)ⁿ⁻ᵏ underflows) is exact to round-off.
 * A count of 0 contributes 0 whatever the probabilities. `+Infinity` when the sequence is
 * impossible under q only, `-Infinity` when impossible under p only. The binomial coefficient
 * cancels, so this is also the ratio for "k heads in n tosses". Divided by n it tends to
 * D(p‖q) (`bernoulliKl`) when the tosses come from the p coin.
 *
 * @throws {DistributionError} n or k not a non-negative integer; k > n; p or q outside [0, 1];
 *   the sequence is impossible under both coins (0/0); base invalid
 * @example logLikelihoodRatio(6, 10, 0.5, 0.75) // => 0.49022499567306277
 */
export function logLikelihoodRatio(
  k: number,
  n: number,
  p: number,
  q: number,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const fn = 'logLikelihoodRatio';
  const lnBase = naturalLogOfBase(fn, base);
  requireCount(fn, 'n', n);
  requireCount(fn, 'k', k);
  if (k > n) {
    throw new DistributionError(`${fn}: k = ${k} heads is more than n = ${n} tosses`, {
      functionName: fn,
      argument: 'k',
      value: k,
    });
  }
  requireProbability(fn, 'p', p);
  requireProbability(fn, 'q', q);
  return countedLogRatio(fn, k, n - k, p, q, logRatio(p, q), complementLogRatio(p, q)) / lnBase;
}

/**
 * The normalised log-likelihood ratio after each toss: entry i − 1 is (1/i)·LLRᵢ, the
 * {@link logLikelihoodRatio} of the first i tosses divided by i. Each entry is computed from
 * the head count, not by accumulating floating-point increments, so no error builds up over
 * 10⁶ tosses. For tosses from the p coin the path converges to D(p‖q).
 *
 * @param tosses 1 (heads) and 0 (tails), as from `tossCoins`
 * @returns a `Float64Array` as long as `tosses`
 * @throws {DistributionError} a toss that is not 0 or 1 (naming its index); p or q outside
 *   [0, 1]; a prefix impossible under both coins; base invalid
 * @example llrPath([1, 0], 0.5, 0.75) // => Float64Array [-0.5849625007211562, 0.2075187496394219]
 */
export function llrPath(
  tosses: ArrayLike<number>,
  p: number,
  q: number,
  { base = DEFAULT_BASE }: LogBase = {},
): Float64Array {
  const fn = 'llrPath';
  const lnBase = naturalLogOfBase(fn, base);
  requireProbability(fn, 'p', p);
  requireProbability(fn, 'q', q);
  const headsLogRatio = logRatio(p, q);
  const tailsLogRatio = complementLogRatio(p, q);
  const path = new Float64Array(tosses.length);
  let heads = 0;
  for (let i = 0; i < tosses.length; i++) {
    const toss = tosses[i]!;
    if (toss !== 0 && toss !== 1) {
      throw new DistributionError(
        `${fn}: tosses[${i}] = ${String(toss)} must be 1 (heads) or 0 (tails)`,
        {
          functionName: fn,
          argument: 'tosses',
          index: i,
          value: toss,
        },
      );
    }
    heads += toss;
    const nats = countedLogRatio(fn, heads, i + 1 - heads, p, q, headsLogRatio, tailsLogRatio);
    path[i] = nats / (i + 1) / lnBase;
  }
  return path;
}

/** heads·ln(p/q) + tails·ln((1 − p)/(1 − q)) in nats, with 0·anything = 0. */
function countedLogRatio(
  fn: string,
  heads: number,
  tails: number,
  p: number,
  q: number,
  headsLogRatio: number,
  tailsLogRatio: number,
): number {
  const headsPart = heads > 0 ? heads * headsLogRatio : 0;
  const tailsPart = tails > 0 ? tails * tailsLogRatio : 0;
  const nats = headsPart + tailsPart;
  if (Number.isNaN(nats)) {
    throw new DistributionError(
      `${fn}: ${heads} heads and ${tails} tails are impossible under both p = ${p} and q = ${q}, so their ratio is 0/0`,
      { functionName: fn, argument: 'q', value: q },
    );
  }
  return nats;
}
