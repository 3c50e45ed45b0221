/** `<gaussian-entropy-widget>`: the live Gaussian density and its entropy (loaded on first interaction). */
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { gaussianEntropyChart } from './chart.ts';
import { gaussianEntropyModel, type GaussianEntropyState } from './model.ts';

export class GaussianEntropyElement extends WidgetElement<GaussianEntropyState> {
  protected readonly model = gaussianEntropyModel;
  protected readonly chart = gaussianEntropyChart;
  #control: ScalarControl | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>('[data-scalar-control="sigma"]');
    if (!root) return;
    this.#control = bindScalarControl(root, this.model.codecs.sigma, {
      change: (sigma) => this.commit({ sigma }),
      invalid: (message) => this.reject(message),
    });
  }

  protected syncControls({ sigma }: GaussianEntropyState): void {
    this.#control?.set(sigma);
  }
}

if (!customElements.get('gaussian-entropy-widget')) {
  customElements.define('gaussian-entropy-widget', GaussianEntropyElement);
}
