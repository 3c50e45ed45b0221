/**
 * Coding game: n symbols from p, sent with the Huffman code built for q. Readouts, in the site
 * unit (a binary code's lengths are bits; in nats they are multiplied by ln 2):
 * - `bits-per-symbol`: what this sample actually cost, per symbol;
 * - `expected-length`: Σ p(x) ℓ_q(x), the cost per symbol in the long run (`expectedCodeLength`);
 * - `cross-entropy` H(p, q) and `entropy` H(p) from `src/lib`: the ideal costs of a code
 *   built for q and for p.
 * URL: `ID.p=…&ID.q=…&ID.n=1000&ID.seed=1`; n ∈ [1, 100 000], seed ∈ [0, 2³² − 1].
 */
import {
  crossEntropy,
  entropy,
  expectedCodeLength,
  huffmanCodeLengths,
} from '../../../lib/index.ts';
import { fromBits } from '../../kit/format.ts';
import { pairProblem } from '../../kit/pair.ts';
import { boundedInteger, probabilityList, seedCodec } from '../../kit/params.ts';
import type { WidgetModel } from '../../kit/types.ts';
import { unitBase } from '../../kit/unit.ts';
import { simulate, type CodingGameInput } from './simulation.ts';

export type CodingGameState = CodingGameInput;

export const MAX_SYMBOLS = 100_000;

export const codingGameModel: WidgetModel<CodingGameState> = {
  kind: 'coding-game',
  defaults: { p: [0.5, 0.25, 0.25], q: [0.25, 0.25, 0.5], n: 1000, seed: 1 },
  codecs: {
    p: probabilityList(),
    q: probabilityList(),
    n: boundedInteger(1, MAX_SYMBOLS),
    seed: seedCodec,
  },
  validate: pairProblem,
  readouts(state, unit) {
    const base = unitBase(unit);
    const { bitsPerSymbol } = simulate(state);
    const expected = expectedCodeLength(state.p, huffmanCodeLengths(state.q));
    return [
      {
        name: 'bits-per-symbol',
        label: `Cost of this sample, per symbol`,
        value: fromBits(bitsPerSymbol, unit),
        unit,
      },
      {
        name: 'expected-length',
        label: 'Expected length Σ p(x) ℓ(x)',
        value: fromBits(expected, unit),
        unit,
      },
      {
        name: 'cross-entropy',
        label: 'Cross-entropy H(p, q)',
        value: crossEntropy(state.p, state.q, { base }),
        unit,
      },
      { name: 'entropy', label: 'Entropy H(p)', value: entropy(state.p, { base }), unit },
    ];
  },
};
