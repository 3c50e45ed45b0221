/**
 * Coin-toss chart: the evidence for coin 1 per toss (log-likelihood ratio / tosses so far) for
 * each run, at about 400 log-spaced toss counts on a log x axis, converging to its limit (a
 * dashed rule: D(p‖q) when coin 1 tosses, −D(q‖p) when coin 2 does) inside the band limit ±
 * 2 sd/√N, sd being the exact standard deviation of one toss's log-ratio under the source coin.
 * The y range is the range of a single toss's log-ratio, [min, max] of ln(p/q) and
 * ln((1 − p)/(1 − q)), widened to steps: every running mean lies in it, so the range never
 * follows the sample.
 * Values in the site unit; the source coin's tone colours the runs and the band.
 */
import { steppedTop } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import type { Unit } from '../../kit/unit.ts';
import type { CoinTossState } from './model.ts';
import { checkpoints, perTossMoments, simulateRun } from './simulation.ts';

const LABEL_GAP = 6;

function fromNats(nats: number, unit: Unit): number {
  return unit === 'nats' ? nats : nats / Math.LN2;
}

/** The limit of the per-toss log-ratio for coin 1, in `unit`, from the readouts. */
export function limitOf(state: CoinTossState, readouts: Readonly<Record<string, number>>): number {
  return state.source === 'p' ? (readouts['kl-pq'] ?? 0) : -(readouts['kl-qp'] ?? 0);
}

/** The y range in `unit`: the range of one toss's log-ratio, padded and stepped (±1 when p = q). */
export function evidenceRange(
  { p, q }: Pick<CoinTossState, 'p' | 'q'>,
  unit: Unit,
): [number, number] {
  const heads = fromNats(Math.log(p / q), unit);
  const tails = fromNats(Math.log((1 - p) / (1 - q)), unit);
  const lo = Math.min(heads, tails, 0);
  const hi = Math.max(heads, tails, 0);
  if (hi - lo < 1e-9) return [-1, 1];
  // Padded by 5 % and stepped (steppedTop), so that a drag redraws the axes only when it
  // crosses a step: in between the marks move in place.
  const outward = (value: number) =>
    value === 0 ? 0 : Math.sign(value) * steppedTop(Math.abs(value) * 1.05);
  return [outward(lo), outward(hi)];
}

export const coinTossChart: WidgetChart<CoinTossState> = {
  spec(state, unit, readouts) {
    const sizes = checkpoints(state.n);
    const limit = limitOf(state, readouts);
    const { sd } = perTossMoments(state, limit);
    const sdInUnit = fromNats(sd, unit);
    const [lo, hi] = evidenceRange(state, unit);
    const end = Math.max(10, state.n);
    const tone = state.source;
    const band = sizes.map((x) => ({
      x,
      y1: Math.max(lo, limit - (2 * sdInUnit) / Math.sqrt(x)),
      y2: Math.min(hi, limit + (2 * sdInUnit) / Math.sqrt(x)),
    }));
    const runs = Array.from({ length: state.runs }, (_, run) => {
      const { sampled } = simulateRun(state, run);
      return {
        type: 'line' as const,
        name: `run-${run + 1}`,
        rows: sizes.map((x, i) => ({ x, y: fromNats(sampled[i]!, unit) })),
        style: { tone, strokeWidth: run === 0 ? 2 : 1.25 },
      };
    });
    return {
      margins: { right: 92 },
      x: { label: 'Tosses N', type: 'log', domain: [1, end] },
      y: {
        label: `Evidence for coin 1 per toss (${unit})`,
        domain: [lo, hi],
        grid: true,
      },
      marks: [
        { type: 'areaY', name: 'band', rows: band, style: { tone, fillOpacity: 0.18 } },
        { type: 'ruleY', name: 'zero', rows: [{ y: 0 }], style: { tone: 'muted' } },
        {
          type: 'ruleY',
          name: 'limit',
          rows: [{ y: limit }],
          style: { tone: 'ink', strokeWidth: 2, strokeDasharray: '6 4' },
        },
        {
          type: 'text',
          name: 'limit-label',
          rows: [{ x: end, y: limit, text: state.source === 'p' ? 'D(p‖q)' : '−D(q‖p)' }],
          style: { dx: LABEL_GAP, textAnchor: 'start' },
        },
        ...runs,
      ],
    };
  },
  describe(state, unit, readouts) {
    const limit = limitOf(state, readouts);
    const final = readouts['llr-per-toss'];
    const coin = state.source === 'p' ? 'coin 1 (p)' : 'coin 2 (q)';
    const { sd } = perTossMoments(state, limit);
    const halfWidth = (2 * fromNats(sd, unit)) / Math.sqrt(state.n);
    return (
      `Line chart of the evidence for coin 1 per toss over ${formatNumber(state.n)} tosses of ${coin}, ` +
      `${state.runs} run${state.runs === 1 ? '' : 's'}, on a logarithmic axis of tosses. ` +
      (final !== undefined ? `Run 1 ends at ${formatQuantity(final, unit)} per toss. ` : '') +
      `The dashed limit is ${state.source === 'p' ? 'D(p‖q)' : '−D(q‖p)'} = ${formatQuantity(limit, unit)}; ` +
      `the shaded band, limit ± 2 standard deviations of the running mean, is ` +
      `± ${formatQuantity(halfWidth, unit, 2)} wide at the last toss.`
    );
  },
};
