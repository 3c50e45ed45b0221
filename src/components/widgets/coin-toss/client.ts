/**
 * `<coin-toss-widget>`: p, q, n, seed and runs by scalar controls (slider + number box), the
 * tossing coin by a select. Every change recomputes all tosses of the changed runs.
 */
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { coinTossChart } from './chart.ts';
import { coinTossModel, type CoinTossState } from './model.ts';

const SCALARS = ['p', 'q', 'n', 'seed', 'runs'] as const;

export class CoinTossElement extends WidgetElement<CoinTossState> {
  protected readonly model = coinTossModel;
  protected readonly chart = coinTossChart;
  #scalars: Partial<Record<(typeof SCALARS)[number], ScalarControl>> = {};
  #source: HTMLSelectElement | null = null;

  protected bindControls(): void {
    this.#scalars = this.bindScalarFields(SCALARS);
    this.#source = this.querySelector<HTMLSelectElement>('select[data-source-control]');
    this.#source?.addEventListener('change', () => {
      const parsed = this.model.codecs.source.parse(this.#source?.value ?? '');
      if (parsed.ok) this.commit({ ...this.state, source: parsed.value });
    });
  }

  protected syncControls(state: CoinTossState): void {
    for (const field of SCALARS) this.#scalars[field]?.set(state[field]);
    if (this.#source && this.#source.value !== state.source) this.#source.value = state.source;
  }
}

if (!customElements.get('coin-toss-widget')) {
  customElements.define('coin-toss-widget', CoinTossElement);
}
