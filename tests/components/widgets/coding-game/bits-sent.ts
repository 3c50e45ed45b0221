import { createRng, huffmanCodeLengths, sampleCategorical } from '../../../../src/lib/index.ts';
import type { CodingGameState } from '../../../../src/components/widgets/coding-game/model.ts';

/** Total Huffman-code bits for the seeded draws of a state, counted directly from src/lib. */
export function bitsSent({ p, q, n, seed }: CodingGameState): number {
  const lengths = huffmanCodeLengths(q);
  return sampleCategorical(p, n, createRng(seed)).reduce(
    (total, symbol) => total + lengths[symbol]!,
    0,
  );
}
