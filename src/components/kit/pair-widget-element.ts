/**
 * Shared live behaviour of the widgets whose state holds a pair of distributions p and q
 * edited by two `DistributionEditor`s. Each editor's last valid list is kept, and the pair is
 * committed only when both fit together (same number of outcomes); otherwise the alert says
 * why and the drawn state stays. The pair picture (`PairBars.astro`), when the widget has one,
 * shows the drawn p and q, and its bars drag through the same two editors.
 *
 * In a lesson's linked pair (`WidgetFrame`'s `link`, see `pair-link-hub.ts`) the widget starts
 * from the shared pair, shares every committed pair while its "Linked" box is ticked, and its
 * "Copy link" writes the pair once, as `LINK.p` and `LINK.q`. A widget that a link addresses by
 * its own id with another pair starts unlinked, showing that pair.
 */
import { DistributionEditor } from './distribution-editor.ts';
import { bindPairBars, type PairBars } from './pair-bars.ts';
import { joinPairLink, type PairLinkHandle } from './pair-link-hub.ts';
import { pairLinkCodecs, samePair } from './pair-link.ts';
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
  #link: PairLinkHandle | undefined;

  /** Join the lesson's linked pair, if the widget is in one, and start from its pair. */
  protected override startingState(state: S, fromUrl: Partial<S>): S {
    const toggle = this.querySelector<HTMLInputElement>('input[data-pair-link-toggle]');
    if (!toggle) return state;
    const link = joinPairLink(toggle, {
      receive: (pair) => this.show(this.withPair(this.state, pair)),
    });
    this.#link = link;
    this.reportIgnored(link.ignored);
    toggle.addEventListener('change', () => {
      link.linked = toggle.checked;
      if (link.linked) this.show(this.withPair(this.state, link.pair));
      // Unlinked, the kept state is the widget's own pair, no longer the link's.
      else this.keepState();
    });
    const addressed = this.pairFields.some((field) => Object.hasOwn(fromUrl, field));
    if (addressed && !samePair(this.pairOf(state), link.pair)) {
      toggle.checked = false;
      link.linked = false;
    }
    return link.linked ? this.withPair(state, link.pair) : state;
  }

  /** `state` with `pair` in its two pair fields. */
  protected withPair(state: S, pair: DistributionPair): S {
    const [pField, qField] = this.pairFields;
    return { ...state, [pField]: [...pair.p], [qField]: [...pair.q] };
  }

  /** Commit, and share the pair when the widget is linked. */
  protected override commit(next: S): void {
    super.commit(next);
    if (this.#link?.linked) this.#link.publish(this.pairOf(next));
  }

  /** A linked widget's link writes the shared pair once, under the link's id. */
  protected override stateParams(): URLSearchParams {
    const params = super.stateParams();
    const link = this.#link;
    if (!link?.linked) return params;
    for (const field of this.pairFields) params.delete(`${this.instanceId}.${field}`);
    const { p, q } = this.pairOf(this.state);
    params.set(`${link.id}.p`, pairLinkCodecs.p.format(p));
    params.set(`${link.id}.q`, pairLinkCodecs.q.format(q));
    return params;
  }

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

  #propose(pair: DistributionPair): void {
    this.#pending = pair;
    const problem = pairProblem(pair);
    const [pField, qField] = this.pairFields;
    if (problem === undefined) this.commit({ ...this.state, [pField]: pair.p, [qField]: pair.q });
    else this.reject(`${problem}.`);
  }
}
