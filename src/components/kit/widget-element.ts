/**
 * Base custom element every widget's `client.ts` extends. It lives inside the widget's
 * `<figure data-widget>` (rendered by `WidgetFrame.astro`) and owns the live behaviour:
 *
 * - state: starts from `data-initial` (the server-rendered state), overlaid with this
 *   instance's URL parameters; anything unusable is listed in the visible notice;
 * - or, when the URL says nothing about it (nor its linked pair), from the state the reader left
 *   it in on an earlier visit (`widget-memory.ts`); a kept state that no longer decodes is
 *   dropped silently;
 * - `commit(next)`: accept a valid state, redraw readouts and chart, clear the alert, and keep
 *   the state for the reader's return;
 * - `reject(message)`: show the inline `role="alert"` message and keep the last valid state;
 * - follows `surprisal:unit-change`; "Copy link" shares the state with the section anchor;
 * - replays what the reader did while the script was loading (see `early-actions.ts`).
 *
 * Subclasses provide `model`, `chart`, `bindControls()` (wire inputs to commit/reject, once)
 * and `syncControls(state)` (show a state in the inputs, e.g. after a URL restore).
 */
import { chartDescriptionId } from './chart-dom.ts';
import { LiveChart } from './live-chart.ts';
import { readoutLabelId } from './readout-ids.ts';
import { copyLink } from './copy-link.ts';
import { showPrintLink } from './print-link.ts';
import { dataValue, formatReadout } from './format.ts';
import { readoutValues, type ReadoutValues, type WidgetChart, type WidgetModel } from './types.ts';
import { getUnit, onUnitChange, type Unit } from './unit.ts';
import {
  buildStateLink,
  encodeInstanceParams,
  truncateForNotice,
  nearestSectionAnchor,
  readInstanceParams,
  type IgnoredParam,
} from './url-state.ts';
import { appendNotice } from './notice.ts';
import type { ParamCodec } from './params.ts';
import { bindScalarControl, type ScalarControl } from './scalar-control.ts';
import { inputsEditedEarly, takeEarlyClick } from './early-actions.ts';
import { dropWidgetState, keepWidgetState, startingSearch } from './widget-memory.ts';

/** How long the printed permalink may lag the state (it is written at once before printing). */
export const PRINT_LINK_DELAY_MS = 300;

/** The names of the fields of `S` that hold a number (what a `NumberControl` edits). */
export type NumberFields<S> = {
  [K in keyof S]: S[K] extends number ? K : never;
}[keyof S] &
  string;

export abstract class WidgetElement<S> extends HTMLElement {
  protected abstract readonly model: WidgetModel<S>;
  protected abstract readonly chart: WidgetChart<S>;
  /** Wire the widget's own inputs; called once, after the first state is known. */
  protected abstract bindControls(): void;
  /** Show `state` in the widget's inputs. */
  protected abstract syncControls(state: S): void;

  #state: S | undefined;
  #unit: Unit = 'bits';
  #chart: LiveChart | undefined;
  #readouts: ReadoutValues = {};
  #unsubscribe: (() => void) | undefined;
  #printLinkTimer: ReturnType<typeof setTimeout> | undefined;

  /** The instance id: the enclosing figure's id. */
  get instanceId(): string {
    return this.closest('figure[data-widget]')?.id ?? this.model.kind;
  }

  /** The site unit the widget shows. */
  protected get unit(): Unit {
    return this.#unit;
  }

  /** The readouts of the drawn state, by name. */
  protected get readouts(): ReadoutValues {
    return this.#readouts;
  }

  /** The live chart (for pointer input on it); undefined before the first state. */
  protected get liveChart(): LiveChart | undefined {
    return this.#chart;
  }

  /** The last valid state (the one drawn). */
  get state(): S {
    if (this.#state === undefined)
      throw new Error(`${this.model.kind}: state read before connection`);
    return this.#state;
  }

  connectedCallback(): void {
    if (this.#state === undefined) this.#start();
    else if (this.#unit !== getUnit()) {
      this.#unit = getUnit();
      this.render();
    }
    this.#unsubscribe ??= onUnitChange((unit) => {
      this.#unit = unit;
      this.render();
    });
    window.addEventListener('beforeprint', this.#writePrintLink);
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    window.removeEventListener('beforeprint', this.#writePrintLink);
    if (this.#printLinkTimer !== undefined) clearTimeout(this.#printLinkTimer);
    this.#printLinkTimer = undefined;
  }

  /** First connection: read the state, wire the controls, draw, replay early actions. */
  #start(): void {
    const id = this.instanceId;
    const initial = readInstanceParams(
      new URLSearchParams(this.dataset['initial'] ?? ''),
      id,
      this.model.codecs,
    );
    const figure = this.closest('figure[data-widget]');
    const start = figure
      ? startingSearch(figure)
      : { search: new URLSearchParams(window.location.search), kept: false };
    let fromUrl = readInstanceParams(start.search, id, this.model.codecs);
    const fromPage = { ...this.model.defaults, ...initial.values };
    let linked = { ...fromPage, ...fromUrl.values };
    let problem = this.model.validate?.(linked);
    if (start.kept && (fromUrl.ignored.length > 0 || problem !== undefined)) {
      // A kept state this version cannot read: forget it and start as a first visit would.
      dropWidgetState(id);
      fromUrl = { values: {}, ignored: [] };
      linked = fromPage;
      problem = undefined;
    }
    this.#state =
      problem === undefined
        ? this.startingState(linked, fromUrl.values)
        : this.startingState(fromPage, {});
    this.#unit = getUnit();
    this.reportIgnored(
      problem === undefined
        ? fromUrl.ignored
        : [...fromUrl.ignored, ...refusedTogether(id, fromUrl.values, this.model, problem)],
    );
    const editedEarly = inputsEditedEarly(this);
    const holder = this.querySelector('[data-chart]');
    if (holder) this.#chart = new LiveChart(holder, chartDescriptionId(id));
    this.bindControls();
    this.syncControls(this.#state);
    this.render();
    this.querySelector('[data-copy-link]')?.addEventListener(
      'click',
      () => void this.copyStateLink(),
    );
    this.#followViewHeight();
    this.dataset['hydrated'] = 'true';
    for (const [input, value] of editedEarly) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (figure) takeEarlyClick(figure)?.click();
  }

  /**
   * The state to start from, given the page's state overlaid with this instance's URL
   * parameters (`fromUrl`, those used). A subclass may take part of it from elsewhere (a linked
   * pair); called once, before `bindControls`.
   */
  protected startingState(state: S, fromUrl: Partial<S>): S {
    void fromUrl;
    return state;
  }

  /** Keep `--widget-view-height` at the view's height, so focused controls scroll clear of it. */
  #followViewHeight(): void {
    const view = this.querySelector<HTMLElement>('[data-widget-view]');
    if (!view || typeof ResizeObserver === 'undefined') return;
    new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize ?? view.offsetHeight;
      this.style.setProperty('--widget-view-height', `${Math.ceil(height)}px`);
    }).observe(view);
  }

  /** Accept a valid state: redraw everything and clear the alert. */
  protected commit(next: S): void {
    this.#state = next;
    this.clearAlert();
    this.render();
    this.keepState();
  }

  /**
   * Keep the drawn state (its `stateParams`) for the reader's next visit to this page, and write
   * its link into the printed permalink (a pair widget's link changes when it is unlinked).
   */
  protected keepState(): void {
    keepWidgetState(this.instanceId, () => this.stateParams());
    this.#schedulePrintLink();
  }

  /**
   * Wire the `NumberControl`s of `fields` (`[data-scalar-control="FIELD"]`, checked by the
   * field's codec) to the state: a valid value is committed, a refused one shown in the alert.
   * Returns each field's control, to show a state in it (`set`).
   */
  protected bindScalarFields<F extends NumberFields<S>>(
    fields: readonly F[],
  ): Partial<Record<F, ScalarControl>> {
    const controls: Partial<Record<F, ScalarControl>> = {};
    for (const field of fields) {
      const root = this.querySelector<HTMLElement>(`[data-scalar-control="${field}"]`);
      if (!root) continue;
      const codec = this.model.codecs[field] as unknown as ParamCodec<number>;
      controls[field] = bindScalarControl(root, codec, {
        change: (value) => this.commit({ ...this.state, [field]: value }),
        invalid: (message) => this.reject(message),
      });
    }
    return controls;
  }

  /** Show `state` in the widget's inputs and commit it (a swap, a preset, a step, a drag). */
  protected show(state: S): void {
    this.syncControls(state);
    this.commit(state);
  }

  /** Refuse reader input: show `message` in the inline alert; the drawn state stays. */
  protected reject(message: string): void {
    const alert = this.querySelector('[data-alert]');
    if (alert) alert.textContent = message;
  }

  protected clearAlert(): void {
    const alert = this.querySelector('[data-alert]');
    if (alert) alert.textContent = '';
  }

  /** List ignored URL parameters in this widget's notice (as text, never markup). */
  reportIgnored(ignored: readonly IgnoredParam[]): void {
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (notice) appendNotice(notice, ignored);
  }

  /**
   * Show the state: compute the readouts once, write them, and hand them to the chart, which
   * moves its marks in place (or redraws when its structure changed).
   */
  protected render(): void {
    const state = this.state;
    const readouts = this.model.readouts(state, this.#unit);
    this.#readouts = readoutValues(readouts);
    for (const readout of readouts) {
      const output = this.querySelector<HTMLOutputElement>(
        `output[data-readout="${readout.name}"]`,
      );
      if (!output) continue;
      // Labels may name the state (e.g. "log 4" for four outcomes).
      const label = this.ownerDocument.getElementById(
        readoutLabelId(this.instanceId, readout.name),
      );
      if (label && label.textContent !== readout.label) label.textContent = readout.label;
      const value = dataValue(readout.value);
      if (output.dataset['value'] === value && output.dataset['unit'] === readout.unit) continue;
      output.dataset['value'] = value;
      output.dataset['unit'] = readout.unit;
      output.textContent = formatReadout(readout.value, readout.unit);
    }
    this.#chart?.show(
      this.chart.spec(state, this.#unit, this.#readouts),
      this.chart.describe(state, this.#unit, this.#readouts),
    );
    this.#schedulePrintLink();
  }

  /**
   * Bring the printed permalink up to date soon (`PRINT_LINK_DELAY_MS`, once however many inputs
   * come meanwhile: finding the section anchor walks the page), and at once before printing.
   */
  #schedulePrintLink(): void {
    this.#printLinkTimer ??= setTimeout(this.#writePrintLink, PRINT_LINK_DELAY_MS);
  }

  readonly #writePrintLink = (): void => {
    if (this.#printLinkTimer !== undefined) clearTimeout(this.#printLinkTimer);
    this.#printLinkTimer = undefined;
    // Not for an element taken out of its page (or a page torn down) since it was scheduled.
    if (this.#state === undefined || !this.isConnected || typeof window === 'undefined') return;
    showPrintLink(this, this.stateLink());
  };

  /** The URL parameters that give this state (`ID.param=value`, in the codecs' order). */
  protected stateParams(): URLSearchParams {
    return encodeInstanceParams(this.instanceId, this.state, this.model.codecs);
  }

  /** The link to this state, with the nearest section anchor: what "Copy link" copies. */
  protected stateLink(): string {
    const id = this.instanceId;
    const figure = this.closest('figure[data-widget]') ?? this;
    return buildStateLink(
      window.location.href,
      this.stateParams(),
      this.#unit,
      nearestSectionAnchor(figure, id),
    );
  }

  /** Copy a link to this state and say so. */
  protected async copyStateLink(): Promise<void> {
    await copyLink(this, this.stateLink());
  }
}

/** URL values that are each valid but together fail `model.validate`, listed with its reason. */
function refusedTogether<S>(
  id: string,
  values: Partial<S>,
  model: WidgetModel<S>,
  reason: string,
): IgnoredParam[] {
  return (Object.keys(values) as (keyof S & string)[]).map((name) => ({
    key: truncateForNotice(`${id}.${name}`),
    value: truncateForNotice(model.codecs[name].format(values[name] as S[keyof S & string])),
    reason,
  }));
}
