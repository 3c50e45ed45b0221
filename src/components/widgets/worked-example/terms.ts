/**
 * Every outcome's terms of the six quantities, from `src/lib` (`crossEntropyTerms`, `klTerms`)
 * in the site unit, and their sums: the values of the widget's table and of the lesson's
 * formula lines (`formulas.ts`), the same at build time and on the client.
 */
import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  klTerms,
} from '../../../lib/index.ts';
import type { LiveValues } from '../../kit/live-formula.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { WorkedPair } from './model.ts';

/** Term families, by key prefix: −R log R, −S log S, −R log S, −S log R, R log R/S, S log S/R. */
export const TERM_FAMILIES = ['hr', 'hs', 'hrs', 'hsr', 'krs', 'ksr'] as const;
export type TermFamily = (typeof TERM_FAMILIES)[number];

/**
 * Keys: `r1`…`r3`, `s1`…`s3` (the probabilities), `hr1` (−R(1) log R(1)), … `ksr3`, the sums
 * `hr`, `hs`, `hrs`, `hsr`, `krs`, `ksr`, and `unit` (the word).
 */
export function workedValues({ r, s }: WorkedPair, unit: Unit): LiveValues {
  const base = { base: unitBase(unit) };
  const terms: Record<TermFamily, ArrayLike<number>> = {
    hr: crossEntropyTerms(r, r, base),
    hs: crossEntropyTerms(s, s, base),
    hrs: crossEntropyTerms(r, s, base),
    hsr: crossEntropyTerms(s, r, base),
    krs: klTerms(r, s, base),
    ksr: klTerms(s, r, base),
  };
  const values: Record<string, number | string> = {
    unit,
    hr: entropy(r, base),
    hs: entropy(s, base),
    hrs: crossEntropy(r, s, base),
    hsr: crossEntropy(s, r, base),
    krs: klDivergence(r, s, base),
    ksr: klDivergence(s, r, base),
  };
  r.forEach((value, index) => {
    values[`r${index + 1}`] = value;
    values[`s${index + 1}`] = s[index]!;
    for (const family of TERM_FAMILIES) values[`${family}${index + 1}`] = terms[family][index]!;
  });
  return values;
}
