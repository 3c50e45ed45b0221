/**
 * `<coin-toss-widget>`: p, q, n, seed and runs by scalar controls (slider + number box), the
 * tossing coin by a select. A change of p, q or n looks the heads up in the kept draws. A seed
 * not drawn yet, at `BACKGROUND_MIN_TOSSES` tosses or more, is drawn in a worker: meanwhile the
 * widget keeps drawing the last state (`data-tossing`, its readouts `aria-busy`), while `state`
 * is already the one the reader set (what the controls show, what a copied link holds), so
 * further changes build on it; the newest state is drawn when its draws arrive.
 */
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { coinTossChart } from './chart.ts';
import { drawInBackground, recycleDraws, replyIndex } from './draw-requests.ts';
import { BACKGROUND_MIN_TOSSES } from './limits.ts';
import { coinTossModel, type CoinTossState } from './model.ts';
import { keepDraws, seedsToDraw } from './simulation.ts';

const SCALARS = ['p', 'q', 'n', 'seed', 'runs'] as const;

export class CoinTossElement extends WidgetElement<CoinTossState> {
  protected readonly model = coinTossModel;
  protected readonly chart = coinTossChart;
  #scalars: Partial<Record<(typeof SCALARS)[number], ScalarControl>> = {};
  #source: HTMLSelectElement | null = null;
  /** The state waiting for its draws from the worker, if any. */
  #pending: CoinTossState | undefined;

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

  /** The state the reader set: the drawn one, or the one waiting for its draws. */
  override get state(): CoinTossState {
    return this.#pending ?? super.state;
  }

  protected override commit(next: CoinTossState): void {
    const missing = next.n >= BACKGROUND_MIN_TOSSES ? seedsToDraw(next, next.runs) : [];
    if (missing.length === 0) {
      this.#show(next);
      return;
    }
    this.#pending = next;
    this.#setTossing(true);
    void Promise.all(missing.map((seed) => drawInBackground(seed, next.n))).then((replies) => {
      for (const reply of replies) {
        recycleDraws(keepDraws(reply.seed, reply.raw, replyIndex(reply)));
      }
      // A newer state waits for its own draws; draws let go meanwhile are drawn in the page.
      if (this.#pending === next) this.#show(next);
    });
  }

  #show(state: CoinTossState): void {
    this.#pending = undefined;
    this.#setTossing(false);
    super.commit(state);
  }

  #setTossing(tossing: boolean): void {
    this.toggleAttribute('data-tossing', tossing);
    const readouts = this.querySelector('.widget-readouts');
    if (tossing) readouts?.setAttribute('aria-busy', 'true');
    else readouts?.removeAttribute('aria-busy');
  }
}

if (!customElements.get('coin-toss-widget')) {
  customElements.define('coin-toss-widget', CoinTossElement);
}
