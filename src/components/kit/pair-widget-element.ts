/**
 * Shared live behaviour of the widgets whose state holds a pair of distributions p and q
 * edited by two `DistributionEditor`s. Each editor's last valid list is kept, and the pair is
 * committed only when both fit together (same number of outcomes); otherwise the alert says
 * why and the drawn state stays. The pair picture (`PairBars.astro`), when the widget has one,
 * shows the drawn p and q, and its bars drag through the same two editors.
 */
import { DistributionEditor } from './distribution-editor.ts';
import { bindPairBars, type PairBars } from './pair-bars.ts';
import { pairProblem, type DistributionPair } from './pair.ts';
import { WidgetElement } from './widget-element.ts';

export abstract class PairWidgetElement<S extends DistributionPair> extends WidgetElement<S> {
  #editors: Partial<Record<'p' | 'q', DistributionEditor>> = {};
  #pending: DistributionPair = { p: [], q: [] };
  #pairBars: PairBars | undefined;

  protected bindControls(): void {
    for (const symbol of ['p', 'q'] as const) {
      const root = this.querySelector<HTMLElement>(`[data-distribution-editor="${symbol}"]`);
      if (!root) continue;
      this.#editors[symbol] = new DistributionEditor(root, {
        change: (values) => this.#propose({ ...this.#pending, [symbol]: values }),
        invalid: (message) => this.reject(message),
      });
    }
    this.#pairBars = bindPairBars(this, this.instanceId, this.#editors);
  }

  /** Draw the view, then the pair picture with the same (drawn) state. */
  protected override render(): void {
    super.render();
    this.#pairBars?.show(this.state);
  }

  protected syncControls(state: S): void {
    this.#pending = { p: [...state.p], q: [...state.q] };
    this.#editors.p?.setValues(state.p);
    this.#editors.q?.setValues(state.q);
  }

  /** Show the state's p and q in the editors and commit it (e.g. after a swap). */
  protected show(state: S): void {
    this.syncControls(state);
    this.commit(state);
  }

  #propose(pair: DistributionPair): void {
    this.#pending = pair;
    const problem = pairProblem(pair);
    if (problem === undefined) this.commit({ ...this.state, p: pair.p, q: pair.q });
    else this.reject(`${problem}.`);
  }
}
