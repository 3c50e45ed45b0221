/** `<gaussian-entropy-widget>`: the live Gaussian density and its entropy (loaded on first interaction). */
import { enablePointDrag } from '../../kit/point-drag.ts';
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { gaussianEntropyChart } from './chart.ts';
import { gaussianEntropyModel, SIGMA_MAX, SIGMA_MIN, type GaussianEntropyState } from './model.ts';

/** σ from a dragged point: the width handle's distance from 0, or the peak's height 1/(σ√2π). */
function draggedSigma(handle: number, x: number, y: number): number {
  const sigma = handle === 0 ? 1 / (Math.max(y, 1e-9) * Math.sqrt(2 * Math.PI)) : Math.abs(x);
  return Math.round(Math.min(SIGMA_MAX, Math.max(SIGMA_MIN, sigma)) * 100) / 100;
}

export class GaussianEntropyElement extends WidgetElement<GaussianEntropyState> {
  protected readonly model = gaussianEntropyModel;
  protected readonly chart = gaussianEntropyChart;
  #control: ScalarControl | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>('[data-scalar-control="sigma"]');
    if (!root) return;
    const control = bindScalarControl(root, this.model.codecs.sigma, {
      change: (sigma) => this.commit({ sigma }),
      invalid: (message) => this.reject(message),
    });
    this.#control = control;
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    enablePointDrag(holder, chart, ['p-handles'], ({ index }, x, y) => {
      const sigma = draggedSigma(index, x, y);
      control.set(sigma);
      this.commit({ sigma });
    });
  }

  protected syncControls({ sigma }: GaussianEntropyState): void {
    this.#control?.set(sigma);
  }
}

if (!customElements.get('gaussian-entropy-widget')) {
  customElements.define('gaussian-entropy-widget', GaussianEntropyElement);
}
