/**
 * `<coding-game-widget>`: sample n symbols from p, send them with the Huffman code for q (loaded
 * on first interaction). p and q are edited together; n and the seed by scalar controls; the
 * code table is redrawn with the readouts.
 */
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { PairWidgetElement } from '../../kit/pair-widget-element.ts';
import { codingGameChart } from './chart.ts';
import { fillCodeTable } from './code-table.ts';
import { codingGameModel, type CodingGameState } from './model.ts';

const SCALARS = ['n', 'seed'] as const;

export class CodingGameElement extends PairWidgetElement<CodingGameState> {
  protected readonly model = codingGameModel;
  protected readonly chart = codingGameChart;
  #scalars: Partial<Record<(typeof SCALARS)[number], ScalarControl>> = {};

  protected override bindControls(): void {
    super.bindControls();
    this.#scalars = this.bindScalarFields(SCALARS);
  }

  protected override syncControls(state: CodingGameState): void {
    super.syncControls(state);
    for (const field of SCALARS) this.#scalars[field]?.set(state[field]);
  }

  protected override render(): void {
    super.render();
    const body = this.querySelector<HTMLTableSectionElement>('[data-code-table] tbody');
    if (body) fillCodeTable(body, this.state);
  }
}

if (!customElements.get('coding-game-widget')) {
  customElements.define('coding-game-widget', CodingGameElement);
}
