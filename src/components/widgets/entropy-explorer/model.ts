/**
 * Entropy explorer: a discrete distribution p over 2–10 outcomes.
 * Readouts: `entropy` H(p) = −Σ p log p and `max-entropy` log n (the entropy of the uniform
 * distribution on the same n outcomes), both from `src/lib` in the site unit.
 * URL: `ENTROPY-EXPLORER-ID.p=0.2,0.3,0.5`.
 */
import { entropy } from '../../../lib/index.ts';
import { probabilityList } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';

export interface EntropyExplorerState {
  /** The distribution: 2–10 probabilities summing to 1. */
  p: number[];
}

/** The uniform distribution on n outcomes (the maximum-entropy one). */
export function uniformDistribution(n: number): number[] {
  return Array.from({ length: n }, () => 1 / n);
}

export const entropyExplorerModel: WidgetModel<EntropyExplorerState> = {
  kind: 'entropy-explorer',
  defaults: { p: [0.5, 0.25, 0.25] },
  codecs: { p: probabilityList({ minLength: 2, maxLength: 10 }) },
  readouts({ p }, unit) {
    const base = unitBase(unit);
    return [
      { name: 'entropy', label: 'Entropy H(p)', value: entropy(p, { base }), unit },
      {
        name: 'max-entropy',
        label: `Maximum for ${p.length} outcomes, log ${p.length}`,
        value: entropy(uniformDistribution(p.length), { base }),
        unit,
      },
    ];
  },
};
