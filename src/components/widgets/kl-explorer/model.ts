/**
 * KL explorer: two distributions p and q on the same 2–10 outcomes, and the divergence in both
 * directions, from `src/lib` in the site unit:
 * - `kl-pq` D(p‖q) = Σ p log(p/q): the expectation under p of the log-ratio;
 * - `kl-qp` D(q‖p) = Σ q log(q/p): the same with the roles swapped — in general a different number.
 * Each is ∞ where the second distribution gives 0 to an outcome the first can produce.
 * URL: `ID.p=0.5,0.5&ID.q=0.9,0.1`.
 */
import { klDivergence } from '../../../lib/index.ts';
import { pairProblem, type DistributionPair } from '../../kit/pair.ts';
import { probabilityList } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export const klExplorerModel: WidgetModel<DistributionPair> = {
  kind: 'kl-explorer',
  defaults: { p: [0.5, 0.5], q: [0.75, 0.25] },
  codecs: { p: probabilityList(), q: probabilityList() },
  validate: pairProblem,
  readouts({ p, q }, unit) {
    const base = unitBase(unit);
    return [
      { name: 'kl-pq', label: 'D(p‖q)', value: klDivergence(p, q, { base }), unit },
      { name: 'kl-qp', label: 'D(q‖p)', value: klDivergence(q, p, { base }), unit },
    ];
  },
};

/** The same widget state with p and q exchanged (what the Swap button does). */
export function swapped({ p, q }: DistributionPair): DistributionPair {
  return { p: [...q], q: [...p] };
}
