/**
 * `<vae-kl-widget>`: the encoder's Gaussian against the standard normal prior. Drag q's peak to
 * move μ and its width handle to set σ; the sliders and number boxes are the keyboard path.
 */
import { enablePointDrag } from '../../kit/point-drag.ts';
import type { ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { Q_HANDLES, vaeKlChart } from './chart.ts';
import { dragTo } from './drag.ts';
import { vaeKlModel, type VaeKlState } from './model.ts';

const FIELDS = ['mu', 'sigma'] as const;

export class VaeKlElement extends WidgetElement<VaeKlState> {
  protected readonly model = vaeKlModel;
  protected readonly chart = vaeKlChart;
  #controls: Partial<Record<(typeof FIELDS)[number], ScalarControl>> = {};

  protected bindControls(): void {
    this.#controls = this.bindScalarFields(FIELDS);
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    enablePointDrag(holder, chart, [Q_HANDLES], ({ index }, z) => {
      const next = dragTo(this.state, index, z);
      const field = index === 0 ? 'mu' : 'sigma';
      if (next[field] === this.state[field]) return;
      this.#controls[field]?.set(next[field]);
      this.commit(next);
    });
  }

  protected syncControls(state: VaeKlState): void {
    for (const field of FIELDS) this.#controls[field]?.set(state[field]);
  }
}

if (!customElements.get('vae-kl-widget')) {
  customElements.define('vae-kl-widget', VaeKlElement);
}
