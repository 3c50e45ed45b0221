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

export abstract class PairWidgetElement<S extends object> extends WidgetElement<S> {
  /**
   * The state fields holding the truth-role (tone p) and model-role (tone q) distributions;
   * `p` and `q` unless a widget names them otherwise (e.g. R and S in the worked example).
   */
  protected readonly pairFields: readonly [string, string] = ['p', 'q'];
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
    this.#pairBars?.show(this.pairOf(this.state));
  }

  /** The state's two distributions in the p (truth) and q (model) roles. */
  protected pairOf(state: S): DistributionPair {
    const fields = state as unknown as Record<string, number[]>;
    return { p: fields[this.pairFields[0]]!, q: fields[this.pairFields[1]]! };
  }

  protected syncControls(state: S): void {
    const { p, q } = this.pairOf(state);
    this.#pending = { p: [...p], q: [...q] };
    this.#editors.p?.setValues(p);
    this.#editors.q?.setValues(q);
  }

  /** Show the state's p and q in the editors and commit it (e.g. after a swap). */
  protected show(state: S): void {
    this.syncControls(state);
    this.commit(state);
  }

  #propose(pair: DistributionPair): void {
    this.#pending = pair;
    const problem = pairProblem(pair);
    const [pField, qField] = this.pairFields;
    if (problem === undefined) this.commit({ ...this.state, [pField]: pair.p, [qField]: pair.q });
    else this.reject(`${problem}.`);
  }
}
