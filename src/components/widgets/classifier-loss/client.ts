/**
 * `<classifier-loss-widget>`: logits, observed class, label smoothing and temperature of a
 * classifier; the target and softmax bars, the loss readouts and the gradient per logit.
 * "Take a gradient step" moves the logits to z − rate·gradient (`model.ts`, from `src/lib`);
 * "Train" (a toggle, `aria-pressed`) takes `TRAIN_STEPS` steps, one per animation frame, and
 * draws the loss curve; with `prefers-reduced-motion: reduce` it takes them all at once.
 * Every logit has its own number box (the keyboard path); the gradient of each is an
 * `<output data-gradient="i">` in nats.
 */
import { enableBarDrag } from '../../kit/bar-drag.ts';
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { numberBoxText } from '../../kit/distribution-labels.ts';
import { formatNumber } from '../../kit/format.ts';
import { logitsForDraggedBar } from './bar-drag-logits.ts';
import { classifierLossChart, MODEL_BARS } from './chart.ts';
import { drawLossCurve } from './loss-curve.ts';
import {
  classifierLossModel,
  gradientOf,
  LOGIT_LIMIT,
  lossOf,
  stepped,
  type ClassifierLossState,
} from './model.ts';
import { unitBase } from '../../kit/unit.ts';

export const TRAIN_STEPS = 40;
const SCALARS = ['smoothing', 'temperature', 'rate'] as const;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export class ClassifierLossElement extends WidgetElement<ClassifierLossState> {
  protected readonly model = classifierLossModel;
  protected readonly chart = classifierLossChart;
  #controls: Partial<Record<(typeof SCALARS)[number], ScalarControl>> = {};
  #frame: number | undefined;
  #losses: number[] = [];

  protected bindControls(): void {
    this.#controls = this.bindScalarFields(SCALARS);
    this.querySelector('[data-logits]')?.addEventListener('input', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.dataset['logit'] === undefined) return;
      const index = Number(input.dataset['logit']);
      const value = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(value) || Math.abs(value) > LOGIT_LIMIT) {
        this.reject(`Logit z${index} must be a number in [${-LOGIT_LIMIT}, ${LOGIT_LIMIT}].`);
        return;
      }
      const logits = [...this.state.logits];
      logits[index] = value;
      this.commit({ ...this.state, logits });
    });
    // Dragging a model bar's top sets that class's probability through its logit.
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    if (holder && this.liveChart)
      enableBarDrag(holder, this.liveChart, MODEL_BARS, (index, probability) => {
        this.#stop();
        this.show({ ...this.state, logits: logitsForDraggedBar(this.state, index, probability) });
      });
    const target = this.querySelector<HTMLSelectElement>('[data-target]');
    target?.addEventListener('change', () => {
      this.commit({ ...this.state, target: Number(target.value) });
    });
    this.querySelector('[data-step]')?.addEventListener('click', () => {
      this.#stop();
      this.#take();
    });
    this.querySelector('[data-train]')?.addEventListener('click', () => {
      if (this.#frame === undefined) this.#train();
      else this.#stop();
    });
  }

  /** One gradient step from the drawn state, shown in the inputs. */
  #take(): void {
    this.show(stepped(this.state));
  }

  #train(): void {
    this.#losses = [lossOf(this.state, unitBase(this.unit))];
    const record = (): void => {
      this.#take();
      this.#losses.push(lossOf(this.state, unitBase(this.unit)));
    };
    const curve = this.querySelector<HTMLElement>('[data-loss-curve]');
    if (prefersReducedMotion()) {
      for (let i = 0; i < TRAIN_STEPS; i++) record();
      if (curve) drawLossCurve(curve, this.#losses, this.unit);
      return;
    }
    const button = this.querySelector('[data-train]');
    button?.setAttribute('aria-pressed', 'true');
    let remaining = TRAIN_STEPS;
    const frame = (): void => {
      record();
      if (curve) drawLossCurve(curve, this.#losses, this.unit);
      remaining -= 1;
      this.#frame = remaining > 0 ? requestAnimationFrame(frame) : undefined;
      if (this.#frame === undefined) button?.setAttribute('aria-pressed', 'false');
    };
    this.#frame = requestAnimationFrame(frame);
  }

  #stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.querySelector('[data-train]')?.setAttribute('aria-pressed', 'false');
  }

  override disconnectedCallback(): void {
    this.#stop();
    super.disconnectedCallback();
  }

  protected syncControls(state: ClassifierLossState): void {
    for (const field of SCALARS) this.#controls[field]?.set(state[field]);
    this.#syncLogitRows(state);
    const target = this.querySelector<HTMLSelectElement>('[data-target]');
    if (target) {
      if (target.options.length !== state.logits.length) {
        target.replaceChildren(
          ...state.logits.map((_, index) => new Option(`class ${index}`, String(index))),
        );
      }
      target.value = String(state.target);
    }
  }

  protected override render(): void {
    super.render();
    const gradient = gradientOf(this.state);
    for (const [index, value] of gradient.entries()) {
      const output = this.querySelector<HTMLOutputElement>(`output[data-gradient="${index}"]`);
      if (!output) continue;
      output.dataset['value'] = String(value);
      output.textContent = formatNumber(value);
    }
  }

  /** One number box (and gradient output) per logit; rebuilt when the count changes. */
  #syncLogitRows(state: ClassifierLossState): void {
    const holder = this.querySelector<HTMLElement>('[data-logits]');
    if (!holder) return;
    const id = this.instanceId;
    if (holder.querySelectorAll('[data-logit]').length !== state.logits.length) {
      holder.replaceChildren(...state.logits.map((_, index) => logitRow(id, index)));
    }
    for (const [index, value] of state.logits.entries()) {
      const input = holder.querySelector<HTMLInputElement>(`[data-logit="${index}"]`);
      if (input && this.ownerDocument.activeElement !== input) input.value = numberBoxText(value);
    }
  }
}

/** The markup `ClassifierLoss.astro` renders for logit `index`. */
function logitRow(id: string, index: number): HTMLElement {
  const row = document.createElement('div');
  row.className = 'widget-control logit-row';
  const label = document.createElement('label');
  label.htmlFor = `${id}-logit-${index}`;
  label.textContent = `Logit z${index}`;
  const input = document.createElement('input');
  input.type = 'number';
  input.id = `${id}-logit-${index}`;
  input.min = String(-LOGIT_LIMIT);
  input.max = String(LOGIT_LIMIT);
  input.step = '0.1';
  input.dataset['logit'] = String(index);
  const output = document.createElement('output');
  output.dataset['gradient'] = String(index);
  output.htmlFor.add(input.id);
  output.setAttribute('aria-label', `Gradient of the loss with respect to z${index}, in nats`);
  const symbol = document.createElement('span');
  symbol.setAttribute('aria-hidden', 'true');
  symbol.textContent = '∂loss/∂z';
  const gradient = document.createElement('span');
  gradient.className = 'logit-gradient';
  gradient.append(symbol, output);
  row.append(label, input, gradient);
  return row;
}

if (!customElements.get('classifier-loss-widget')) {
  customElements.define('classifier-loss-widget', ClassifierLossElement);
}
