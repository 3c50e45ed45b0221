import { DistributionError } from './errors.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { requireCount, requireProbability } from './scalar-checks.ts';

export interface CoinTestErrors {
  /** Reject coin 1 when the head count k is in this set (the smallest log-ratios for coin 1). */
  rejected: number[];
  /** P(reject coin 1 | coin 1 tosses), at most `alpha`. */
  alpha: number;
  /** log_b P(accept coin 1 | coin 2 tosses), computed in log space (no underflow). */
  logBeta: number;
  /** −log_b(β) / n, which tends to D(p‖q) as n grows (Stein's lemma). */
  exponent: number;
}

/**
 * The most powerful non-randomised test of coin 1 (P(heads) = p) against coin 2 (q) from n
 * tosses that wrongly rejects coin 1 with probability at most `alpha`: it rejects coin 1 for
 * the head counts with the smallest log-likelihood ratio, as many as fit in `alpha`
 * (Neyman–Pearson), computed exactly from the binomial probabilities in log space.
 *
 * @throws {DistributionError} n not a positive integer; p or q outside (0, 1); p = q; alpha
 *   outside (0, 1); base invalid
 * @example steinTest(10, 0.5, 0.75, 0.05).rejected // => [10, 9]
 */
export function steinTest(
  n: number,
  p: number,
  q: number,
  alpha: number,
  { base = DEFAULT_BASE }: LogBase = {},
): CoinTestErrors {
  const fn = 'steinTest';
  const lnBase = naturalLogOfBase(fn, base);
  requireCount(fn, 'n', n);
  requireProbability(fn, 'p', p);
  requireProbability(fn, 'q', q);
  const bad = (argument: string, value: number, why: string) =>
    new DistributionError(`${fn}: ${argument} = ${value} ${why}`, {
      functionName: fn,
      argument,
      value,
    });
  if (n < 1) throw bad('n', n, 'must be at least 1');
  if (p <= 0 || p >= 1) throw bad('p', p, 'must be strictly between 0 and 1');
  if (q <= 0 || q >= 1) throw bad('q', q, 'must be strictly between 0 and 1');
  if (p === q) throw bad('q', q, 'must differ from p');
  if (!(alpha > 0 && alpha < 1)) throw bad('alpha', alpha, 'must be strictly between 0 and 1');
  const logPmf = (s: number): Float64Array => {
    const out = new Float64Array(n + 1);
    let logChoose = 0;
    for (let k = 0; k <= n; k++) {
      if (k > 0) logChoose += Math.log((n - k + 1) / k);
      out[k] = logChoose + k * Math.log(s) + (n - k) * Math.log1p(-s);
    }
    return out;
  };
  const underP = logPmf(p);
  const underQ = logPmf(q);
  // The log-ratio k·ln(p/q) + (n − k)·ln((1 − p)/(1 − q)) falls with k when p < q.
  const order = Array.from({ length: n + 1 }, (_, i) => (p < q ? n - i : i));
  const rejected: number[] = [];
  let size = 0;
  for (const k of order) {
    const mass = Math.exp(underP[k]!);
    if (size + mass > alpha) break;
    size += mass;
    rejected.push(k);
  }
  const accepted = order.slice(rejected.length).map((k) => underQ[k]!);
  const top = Math.max(...accepted);
  const logBetaNats = top + Math.log(accepted.reduce((sum, v) => sum + Math.exp(v - top), 0));
  const logBeta = logBetaNats / lnBase;
  return { rejected, alpha: size, logBeta, exponent: -logBeta / n };
}
