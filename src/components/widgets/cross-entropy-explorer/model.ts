/**
 * Cross-entropy explorer: data drawn from p, coded with a code built for q (2–10 outcomes each,
 * the same number). Readouts, all from `src/lib` in the site unit:
 * - `cross-entropy` H(p, q) = −Σ p log q,
 * - `entropy` H(p) = −Σ p log p (the part no code can avoid),
 * - `kl` D(p‖q) = Σ p log(p/q) (the extra paid for using q), so H(p, q) = H(p) + D(p‖q).
 * Any of them is ∞ where q gives 0 to an outcome p can produce.
 * URL: `ID.p=0.5,0.5&ID.q=0.9,0.1`.
 */
import { crossEntropy, entropy, klDivergence } from '../../../lib/index.ts';
import { pairProblem, type DistributionPair } from '../../kit/pair.ts';
import { probabilityList } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export const crossEntropyExplorerModel: WidgetModel<DistributionPair> = {
  kind: 'cross-entropy-explorer',
  defaults: { p: [1 / 3, 1 / 3, 1 / 3], q: [0.25, 0.5, 0.25] },
  codecs: { p: probabilityList(), q: probabilityList() },
  validate: pairProblem,
  readouts({ p, q }, unit) {
    const base = unitBase(unit);
    return [
      {
        name: 'cross-entropy',
        label: 'Cross-entropy H(p, q)',
        value: crossEntropy(p, q, { base }),
        unit,
      },
      { name: 'entropy', label: 'Entropy H(p)', value: entropy(p, { base }), unit },
      { name: 'kl', label: 'KL divergence D(p‖q)', value: klDivergence(p, q, { base }), unit },
    ];
  },
};
