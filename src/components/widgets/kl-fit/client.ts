/**
 * `<kl-fit-widget>`: fit one Gaussian to a two-mode mixture by forward and by reverse KL
 * (loaded on first interaction). "Play the fits" (a toggle button, `aria-pressed`) animates
 * both optimisation paths with `requestAnimationFrame` over `ANIMATION_MS`; pressing it again
 * stops. With `prefers-reduced-motion: reduce` it jumps straight to the fitted curves.
 */
import * as Plot from '@observablehq/plot';
import { chartDescriptionId, finishChart } from '../../kit/chart-dom.ts';
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { getUnit } from '../../kit/unit.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { describeFrame, klFitChart, klFitFrame } from './chart.ts';
import { fittedParameters, formatParameter, klFitModel, type KlFitState } from './model.ts';

const FIELDS = ['weight', 'mu1', 'mu2', 'sigma'] as const;
const ANIMATION_MS = 2400;

/** Whether the reader asked for less motion (false where `matchMedia` is missing). */
function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export class KlFitElement extends WidgetElement<KlFitState> {
  protected readonly model = klFitModel;
  protected readonly chart = klFitChart;
  #controls: Partial<Record<(typeof FIELDS)[number], ScalarControl>> = {};
  #frame: number | undefined;

  protected bindControls(): void {
    for (const field of FIELDS) {
      const root = this.querySelector<HTMLElement>(`[data-scalar-control="${field}"]`);
      if (!root) continue;
      this.#controls[field] = bindScalarControl(root, this.model.codecs[field], {
        change: (value) => this.commit({ ...this.state, [field]: value }),
        invalid: (message) => this.reject(message),
      });
    }
    this.#button()?.addEventListener('click', () => {
      if (this.#frame === undefined) this.#play();
      else this.#stop();
    });
  }

  protected syncControls(state: KlFitState): void {
    for (const field of FIELDS) this.#controls[field]?.set(state[field]);
  }

  protected override render(): void {
    this.#stop();
    super.render();
    for (const parameter of fittedParameters(this.state)) {
      const output = this.querySelector<HTMLOutputElement>(
        `output[data-readout="${parameter.name}"]`,
      );
      if (!output) continue;
      output.dataset['value'] = String(parameter.value);
      output.textContent = formatParameter(parameter.value);
    }
  }

  override disconnectedCallback(): void {
    this.#stop();
    super.disconnectedCallback();
  }

  #button(): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>('[data-animate]');
  }

  #play(): void {
    if (prefersReducedMotion()) {
      this.#drawFrame(1);
      return;
    }
    this.#button()?.setAttribute('aria-pressed', 'true');
    const started = performance.now();
    const tick = (now: number): void => {
      const progress = Math.min(1, (now - started) / ANIMATION_MS);
      this.#drawFrame(progress);
      if (progress < 1) this.#frame = requestAnimationFrame(tick);
      else this.#stop();
    };
    this.#frame = requestAnimationFrame(tick);
  }

  /** Stop the animation where it is (the last frame drawn stays) and release the button. */
  #stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#button()?.setAttribute('aria-pressed', 'false');
  }

  #drawFrame(progress: number): void {
    const holder = this.querySelector('[data-chart]');
    if (!holder) return;
    const svg = finishChart(
      Plot.plot(klFitFrame(this.state, progress)),
      chartDescriptionId(this.instanceId),
    );
    const previous = holder.querySelector('svg');
    if (previous) previous.replaceWith(svg);
    else holder.prepend(svg);
    const description = holder.querySelector('[data-chart-description]');
    if (description) description.textContent = describeFrame(this.state, getUnit(), progress);
  }
}

if (!customElements.get('kl-fit-widget')) {
  customElements.define('kl-fit-widget', KlFitElement);
}
