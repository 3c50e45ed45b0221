/**
 * The coding game's code table: per outcome, p(x), q(x), its Huffman codeword for q (canonical
 * words from `canonicalCodewords`, lengths from `huffmanCodeLengths`), the codeword length in
 * bits and how many times the sample drew it. Shared by the server render and the client.
 */
import { canonicalCodewords } from '../../../lib/index.ts';
import { formatNumber } from '../../kit/format.ts';
import type { CodingGameState } from './model.ts';
import { simulate } from './simulation.ts';

export interface CodeTableRow {
  outcome: number;
  p: string;
  q: string;
  codeword: string;
  length: number;
  drawn: number;
}

export function codeTableRows(state: CodingGameState): CodeTableRow[] {
  const { lengths, counts } = simulate(state);
  const words = canonicalCodewords(lengths);
  return state.p.map((p, index) => ({
    outcome: index + 1,
    p: formatNumber(p, 3),
    q: formatNumber(state.q[index]!, 3),
    codeword: words[index] === '' ? '(empty)' : words[index]!,
    length: lengths[index]!,
    drawn: counts[index]!,
  }));
}

/** Cells of one row, in column order (the table head is in `CodingGame.astro`). */
export function rowCells(row: CodeTableRow): string[] {
  return [String(row.outcome), row.p, row.q, row.codeword, String(row.length), String(row.drawn)];
}

/** Rewrite a `<tbody>` with the rows of `state` (text only). */
export function fillCodeTable(body: HTMLTableSectionElement, state: CodingGameState): void {
  const document = body.ownerDocument;
  body.replaceChildren(
    ...codeTableRows(state).map((row) => {
      const tr = document.createElement('tr');
      for (const [column, text] of rowCells(row).entries()) {
        const cell = document.createElement(column === 0 ? 'th' : 'td');
        if (column === 0) cell.setAttribute('scope', 'row');
        cell.textContent = text;
        tr.append(cell);
      }
      return tr;
    }),
  );
}
