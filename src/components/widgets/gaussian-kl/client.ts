/** `<gaussian-kl-widget>`: two Gaussians and the KL divergence between them (loaded on first interaction). */
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { gaussianKlChart } from './chart.ts';
import { gaussianKlModel, type GaussianKlState } from './model.ts';

const FIELDS = ['mu1', 'sigma1', 'mu2', 'sigma2'] as const;

export class GaussianKlElement extends WidgetElement<GaussianKlState> {
  protected readonly model = gaussianKlModel;
  protected readonly chart = gaussianKlChart;
  #controls: Partial<Record<(typeof FIELDS)[number], ScalarControl>> = {};

  protected bindControls(): void {
    for (const field of FIELDS) {
      const root = this.querySelector<HTMLElement>(`[data-scalar-control="${field}"]`);
      if (!root) continue;
      this.#controls[field] = bindScalarControl(root, this.model.codecs[field], {
        change: (value) => this.commit({ ...this.state, [field]: value }),
        invalid: (message) => this.reject(message),
      });
    }
  }

  protected syncControls(state: GaussianKlState): void {
    for (const field of FIELDS) this.#controls[field]?.set(state[field]);
  }
}

if (!customElements.get('gaussian-kl-widget')) {
  customElements.define('gaussian-kl-widget', GaussianKlElement);
}
