/**
 * `<gaussian-kl-widget>`: two Gaussians and the KL divergence between them (loaded on first
 * interaction). Each curve's peak and width handle can be dragged on the chart (`drag.ts`); the
 * sliders and number boxes follow, and stay the keyboard path.
 */
import { enablePointDrag } from '../../kit/point-drag.ts';
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { gaussianKlChart } from './chart.ts';
import { dragTo, HANDLE_FIELDS, type HandleMark } from './drag.ts';
import { gaussianKlModel, type GaussianKlState } from './model.ts';

const FIELDS = ['mu1', 'sigma1', 'mu2', 'sigma2'] as const;

export class GaussianKlElement extends WidgetElement<GaussianKlState> {
  protected readonly model = gaussianKlModel;
  protected readonly chart = gaussianKlChart;
  #controls: Partial<Record<(typeof FIELDS)[number], ScalarControl>> = {};

  protected bindControls(): void {
    this.#controls = this.bindScalarFields(FIELDS);
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    const marks = Object.keys(HANDLE_FIELDS) as HandleMark[];
    enablePointDrag(holder, chart, marks, ({ mark, index }, x) => {
      const next = dragTo(this.state, mark as HandleMark, index, x);
      const [muField, sigmaField] = HANDLE_FIELDS[mark as HandleMark];
      const field = index === 0 ? muField : sigmaField;
      if (next[field] === this.state[field]) return;
      this.#controls[field]?.set(next[field]);
      this.commit(next);
    });
  }

  protected syncControls(state: GaussianKlState): void {
    for (const field of FIELDS) this.#controls[field]?.set(state[field]);
  }
}

if (!customElements.get('gaussian-kl-widget')) {
  customElements.define('gaussian-kl-widget', GaussianKlElement);
}
