/**
 * Worked example: two distributions over the three outcomes {1, 2, 3}, R (the truth role,
 * tone p) and S (the model role, tone q), with every entropy, cross-entropy and KL divergence
 * between them in both directions, from `src/lib` in the site unit:
 * `entropy-r` H(R), `entropy-s` H(S), `cross-entropy-rs` H(R, S), `cross-entropy-sr` H(S, R),
 * `kl-rs` D(R‖S), `kl-sr` D(S‖R).
 * URL: `ID.r=0.3,0.4,0.3&ID.s=0.1,0.8,0.1`.
 */
import { crossEntropy, entropy, klDivergence } from '../../../lib/index.ts';
import { pairProblem } from '../../kit/pair.ts';
import { probabilityList } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface WorkedPair {
  r: number[];
  s: number[];
}

/** The example has three outcomes, like its formulas. */
export const OUTCOMES = 3;

export const workedExampleModel: WidgetModel<WorkedPair> = {
  kind: 'worked-example',
  defaults: { r: [1 / 3, 1 / 3, 1 / 3], s: [0.25, 0.5, 0.25] },
  codecs: { r: probabilityList(), s: probabilityList() },
  validate({ r, s }) {
    if (r.length !== OUTCOMES || s.length !== OUTCOMES) {
      return `R and S need ${OUTCOMES} outcomes each (R has ${r.length}, S has ${s.length})`;
    }
    return pairProblem({ p: r, q: s });
  },
  readouts({ r, s }, unit) {
    const base = unitBase(unit);
    return [
      { name: 'entropy-r', label: 'H(R)', value: entropy(r, { base }), unit },
      { name: 'entropy-s', label: 'H(S)', value: entropy(s, { base }), unit },
      { name: 'cross-entropy-rs', label: 'H(R, S)', value: crossEntropy(r, s, { base }), unit },
      { name: 'cross-entropy-sr', label: 'H(S, R)', value: crossEntropy(s, r, { base }), unit },
      { name: 'kl-rs', label: 'D(R‖S)', value: klDivergence(r, s, { base }), unit },
      { name: 'kl-sr', label: 'D(S‖R)', value: klDivergence(s, r, { base }), unit },
    ];
  },
};
