/**
 * Coin toss: which coin is tossing? Coin 1 lands heads with probability p, coin 2 with q; n
 * tosses of the `source` coin, `runs` independent runs (seeds seed, seed + 1, …).
 * Readouts (run 1), in the site unit except `heads` (a count):
 * - `llr-per-toss`: the log-likelihood ratio for coin 1 after n tosses, divided by n
 *   (`logLikelihoodRatio(heads, n, p, q) / n`);
 * - `heads`: heads in run 1;
 * - `kl-pq` D(p‖q) and `kl-qp` D(q‖p) (`bernoulliKl`): the limits of the per-toss ratio
 *   when coin 1, resp. coin 2 (with a minus sign), tosses.
 * URL: `ID.p=0.5&ID.q=0.75&ID.n=10000&ID.seed=1&ID.source=p&ID.runs=3`; p, q ∈ [0.01, 0.99],
 * n ∈ [1, 10⁶], runs ∈ [1, 5].
 */
import { bernoulliKl, logLikelihoodRatio } from '../../../lib/index.ts';
import { boundedInteger, boundedNumber, seedCodec, type ParamCodec } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';
import { MAX_PROBABILITY, MAX_RUNS, MAX_TOSSES, MIN_PROBABILITY } from './limits.ts';
import { simulateRun, type CoinTossInput, type Source } from './simulation.ts';

export interface CoinTossState extends CoinTossInput {
  runs: number;
}

export { MAX_PROBABILITY, MAX_RUNS, MAX_TOSSES, MIN_PROBABILITY } from './limits.ts';

/** `p` or `q`: which coin tosses. */
export const sourceCodec: ParamCodec<Source> = {
  parse(raw) {
    const text = raw.trim();
    return text === 'p' || text === 'q'
      ? { ok: true, value: text }
      : { ok: false, reason: 'must be p or q' };
  },
  format: (value) => value,
};

export const coinTossModel: WidgetModel<CoinTossState> = {
  kind: 'coin-toss',
  defaults: { p: 0.5, q: 0.75, n: 10_000, seed: 1, source: 'p', runs: 3 },
  codecs: {
    p: boundedNumber(MIN_PROBABILITY, MAX_PROBABILITY),
    q: boundedNumber(MIN_PROBABILITY, MAX_PROBABILITY),
    n: boundedInteger(1, MAX_TOSSES),
    seed: seedCodec,
    source: sourceCodec,
    runs: boundedInteger(1, MAX_RUNS),
  },
  readouts(state, unit) {
    const base = unitBase(unit);
    const { heads } = simulateRun(state, 0);
    return [
      {
        name: 'llr-per-toss',
        label: 'Evidence per toss',
        value: logLikelihoodRatio(heads, state.n, state.p, state.q, { base }) / state.n,
        unit,
      },
      { name: 'heads', label: 'Heads (run 1)', value: heads, unit: 'count' },
      {
        name: 'kl-pq',
        label: 'D(p‖q)',
        value: bernoulliKl(state.p, state.q, { base }),
        unit,
      },
      {
        name: 'kl-qp',
        label: 'D(q‖p)',
        value: bernoulliKl(state.q, state.p, { base }),
        unit,
      },
    ];
  },
};
