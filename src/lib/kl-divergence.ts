import { CompensatedSum } from './compensated-sum.ts';
import { klDivTerm } from './kl-term.ts';
import { DEFAULT_BASE, naturalLogOfBase, type LogBase } from './log-base.ts';
import { logRatio } from './log-ratio.ts';
import { entryError, requireNonEmpty, requireSameLength, requireUnitSum } from './validate.ts';

/** Entries per block: summed plainly inside a block, block sums compensated across blocks. */
const BLOCK = 256;
/** Below this many nats the divergence is recomputed term by term in the cancellation-free form. */
const RECOMPUTE_BELOW = 1e-2;

/**
 * Kullback–Leibler divergence (relative entropy) of q from p: the extra expected code length
 * paid for coding outcomes of p with a code built for q.
 *
 *   D(p‖q) = Σᵢ pᵢ log_b(pᵢ / qᵢ)
 *
 * Terms with pᵢ = 0 contribute 0; the result is `Infinity` where qᵢ = 0 < pᵢ. D(p‖q) ≥ 0
 * (Gibbs), = 0 only at p = q; round-off below 0 is clamped to 0. Not symmetric, not a metric.
 * Units: bits for base 2 (the default), nats for `{ base: Math.E }`.
 *
 * Accuracy: one validating pass sums pᵢ ln(pᵢ/qᵢ) (absolute error ~1e-16 per unit of mass). A
 * divergence under 0.01 nats is then recomputed without cancellation, so p ≈ q keeps full
 * relative precision: with T = Σᵢ [pᵢ ln(pᵢ/qᵢ) − pᵢ + qᵢ] (every term ≥ 0, see `klDivTerm`),
 * P = Σ pᵢ and Q = Σ qᵢ (each 1 up to round-off), the divergence of the normalised vectors is
 * exactly T/P + 1 − Q/P + ln(Q/P). The last three terms are ≈ −(Q/P − 1)²/2, far below any
 * representable divergence, so round-off in the sums cannot turn a p ≠ q into 0.
 *
 * @throws {DistributionError} p or q empty or not a distribution (see `assertDistribution`);
 *   lengths differ; base not finite, ≤ 0 or 1
 * @example klDivergence([0.5, 0.5], [0.75, 0.25]) // => 0.20751874963942185
 * @example klDivergence([0.5, 0.5], [1, 0]) // => Infinity
 */
export function klDivergence(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  { base = DEFAULT_BASE }: LogBase = {},
): number {
  const lnBase = naturalLogOfBase('klDivergence', base);
  requireNonEmpty('klDivergence', 'p', p);
  requireSameLength('klDivergence', p, q);
  const totalP = new CompensatedSum();
  const totalQ = new CompensatedSum();
  const nats = new CompensatedSum();
  for (let start = 0; start < p.length; start += BLOCK) {
    const end = Math.min(p.length, start + BLOCK);
    let blockP = 0;
    let blockQ = 0;
    let blockNats = 0;
    for (let i = start; i < end; i++) {
      const pi = p[i]!;
      const qi = q[i]!;
      if (!(pi >= 0 && pi <= 1 && qi >= 0 && qi <= 1)) {
        throw pi >= 0 && pi <= 1
          ? entryError('klDivergence', 'q', i, qi)
          : entryError('klDivergence', 'p', i, pi);
      }
      blockP += pi;
      blockQ += qi;
      blockNats += pi * Math.log(pi / qi);
    }
    // pᵢ = 0 (0 · −∞), qᵢ = 0 and a ratio that overflows make the plain sum non-finite.
    if (!Number.isFinite(blockNats)) blockNats = carefulBlock(p, q, start, end);
    totalP.add(blockP);
    totalQ.add(blockQ);
    nats.add(blockNats);
  }
  requireUnitSum('klDivergence', 'p', totalP.value);
  requireUnitSum('klDivergence', 'q', totalQ.value);
  let result = nats.value;
  if (result === Infinity) return Infinity;
  if (result < RECOMPUTE_BELOW) result = cancellationFree(p, q, totalP.value, totalQ.value);
  return result > 0 ? result / lnBase : 0;
}

/** Σ pᵢ ln(pᵢ/qᵢ) over [start, end) with every edge handled: 0 for pᵢ = 0, ∞ for qᵢ = 0 < pᵢ. */
function carefulBlock(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  start: number,
  end: number,
): number {
  let nats = 0;
  for (let i = start; i < end; i++) {
    const pi = p[i]!;
    if (pi > 0) nats += pi * logRatio(pi, q[i]!);
  }
  return nats;
}

/**
 * D(p‖q) in nats of p/P and q/Q: T/P + 1 − r + ln r with r = Q/P, where T = Σ [pᵢ ln(pᵢ/qᵢ) −
 * pᵢ + qᵢ] is compensated and has only non-negative terms.
 */
function cancellationFree(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  totalP: number,
  totalQ: number,
): number {
  const terms = new CompensatedSum();
  for (let i = 0; i < p.length; i++) terms.add(klDivTerm(p[i]!, q[i]!));
  const excess = totalQ / totalP - 1;
  return terms.value / totalP + (Math.log1p(excess) - excess);
}
