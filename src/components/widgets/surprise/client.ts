/** `<surprise-widget>`: the surprise of one outcome, dragged along its curve. */
import { enablePointDrag } from '../../kit/point-drag.ts';
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { surpriseChart } from './chart.ts';
import { P_MIN, surpriseModel, type SurpriseState } from './model.ts';

export class SurpriseElement extends WidgetElement<SurpriseState> {
  protected readonly model = surpriseModel;
  protected readonly chart = surpriseChart;
  #control: ScalarControl | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>('[data-scalar-control="p"]');
    if (!root) return;
    const control = bindScalarControl(root, this.model.codecs.p, {
      change: (p) => this.commit({ p }),
      invalid: (message) => this.reject(message),
    });
    this.#control = control;
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    enablePointDrag(holder, chart, ['point'], (_, x) => {
      const p = Math.round(Math.min(1, Math.max(P_MIN, x)) * 1000) / 1000;
      control.set(p);
      this.commit({ p });
    });
  }

  protected syncControls({ p }: SurpriseState): void {
    this.#control?.set(p);
  }
}

if (!customElements.get('surprise-widget')) {
  customElements.define('surprise-widget', SurpriseElement);
}
