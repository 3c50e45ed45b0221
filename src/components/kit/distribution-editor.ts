/**
 * Live behaviour of `DistributionEditor.astro` (rules in `distribution-edits.ts`). The editor
 * holds the values shown, at full precision; it reports a valid distribution with `change`,
 * and a reason with `invalid` (the widget then shows its alert and keeps its last state).
 */
import {
  addOutcome,
  checkDistribution,
  draggedProbability,
  MAX_OUTCOMES,
  MIN_OUTCOMES,
  normaliseValues,
  parseTypedProbability,
  removeOutcome,
  rescaleOthers,
} from './distribution-edits.ts';
import { numberBoxText, outcomeLabel } from './distribution-labels.ts';

export interface DistributionEditorHandlers {
  change(values: number[]): void;
  invalid(message: string): void;
}

export class DistributionEditor {
  readonly #root: HTMLElement;
  readonly #rows: HTMLElement;
  readonly #symbol: string;
  readonly #prefix: string;
  readonly #handlers: DistributionEditorHandlers;
  #values: number[] = [];

  constructor(root: HTMLElement, handlers: DistributionEditorHandlers) {
    const rows = root.querySelector<HTMLElement>('[data-outcome-rows]');
    if (!rows) throw new Error('DistributionEditor: [data-outcome-rows] missing');
    this.#root = root;
    this.#rows = rows;
    this.#symbol = root.dataset['symbol'] ?? root.dataset['distributionEditor'] ?? 'p';
    this.#prefix = root.dataset['idPrefix'] ?? this.#symbol;
    this.#handlers = handlers;
    rows.addEventListener('input', (event) => this.#onInput(event));
    root
      .querySelector('[data-add-outcome]')
      ?.addEventListener('click', () => this.#apply(addOutcome(this.#values)));
    root
      .querySelector('[data-remove-outcome]')
      ?.addEventListener('click', () => this.#apply(removeOutcome(this.#values)));
    root.querySelector('[data-normalise]')?.addEventListener('click', () => {
      const normalised = normaliseValues(this.#values, this.#symbol);
      if (normalised.ok) this.#apply(normalised.value);
      else handlers.invalid(normalised.reason);
    });
  }

  /** Show `values` (e.g. a state restored from a link) without reporting a change. */
  setValues(values: readonly number[]): void {
    this.#values = [...values];
    this.#render(null);
  }

  /**
   * Set outcome `index` to the dragged `value` (clamped, kept to 0.001) as its slider does (the
   * others rescale), and report it: what dragging that outcome's bar on a chart does.
   */
  setProbability(index: number, value: number): void {
    if (index < 0 || index >= this.#values.length) return;
    this.#apply(rescaleOthers(this.#values, index, draggedProbability(value)));
  }

  #onInput(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const row = input.closest('[data-outcome-row]');
    const index = [...this.#rows.querySelectorAll('[data-outcome-row]')].indexOf(row as Element);
    if (index < 0) return;
    if (input.matches('[data-outcome-range]')) {
      this.#apply(rescaleOthers(this.#values, index, input.valueAsNumber));
      return;
    }
    const label = row?.querySelector('[data-outcome-label]')?.textContent?.trim();
    const typed = parseTypedProbability(input.value, this.#symbol, index, label || undefined);
    if (!typed.ok) {
      this.#handlers.invalid(typed.reason);
      return;
    }
    const next = [...this.#values];
    next[index] = typed.value;
    this.#apply(next, input);
  }

  /** Take `values` as the editor's list, redraw (leaving `keep` untouched) and validate. */
  #apply(values: number[], keep: HTMLInputElement | null = null): void {
    this.#values = values;
    this.#render(keep);
    const checked = checkDistribution(values, this.#symbol);
    if (checked.ok) this.#handlers.change(checked.value);
    else this.#handlers.invalid(checked.reason);
  }

  /** Match the rows to the values; `keep` (the box being typed in) is not rewritten. */
  #render(keep: HTMLInputElement | null): void {
    let rows = [...this.#rows.querySelectorAll<HTMLElement>('[data-outcome-row]')];
    while (rows.length > this.#values.length) rows.pop()?.remove();
    while (rows.length < this.#values.length) {
      const template = rows[0];
      if (!template) break;
      const clone = template.cloneNode(true) as HTMLElement;
      this.#rows.append(clone);
      rows.push(clone);
    }
    rows = [...this.#rows.querySelectorAll<HTMLElement>('[data-outcome-row]')];
    rows.forEach((row, index) => this.#renderRow(row, index, keep));
    this.#toggle('[data-add-outcome]', this.#values.length >= MAX_OUTCOMES);
    this.#toggle('[data-remove-outcome]', this.#values.length <= MIN_OUTCOMES);
  }

  #renderRow(row: HTMLElement, index: number, keep: HTMLInputElement | null): void {
    const value = this.#values[index] ?? 0;
    const base = `${this.#prefix}-${this.#symbol}-${index}`;
    const label = row.querySelector<HTMLLabelElement>('[data-outcome-label]');
    const range = row.querySelector<HTMLInputElement>('[data-outcome-range]');
    const box = row.querySelector<HTMLInputElement>('[data-outcome-number]');
    if (!label || !range || !box) return;
    // Names change only for a new row (a clone of the first); rewriting them on every input
    // would invalidate style for nothing.
    if (label.id !== `${base}-label`) {
      label.id = `${base}-label`;
      label.htmlFor = `${base}-range`;
      label.textContent = outcomeLabel(this.#symbol, index);
      range.id = `${base}-range`;
      box.id = `${base}-number`;
      box.setAttribute('aria-labelledby', label.id);
    }
    const rangeText = String(value);
    const boxText = numberBoxText(value);
    if (range !== keep && range.value !== rangeText) range.value = rangeText;
    if (box !== keep && box.value !== boxText) box.value = boxText;
  }

  #toggle(selector: string, disabled: boolean): void {
    const button = this.#root.querySelector<HTMLButtonElement>(selector);
    if (button) button.disabled = disabled;
  }
}
