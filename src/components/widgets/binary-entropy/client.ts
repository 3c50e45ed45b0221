/** `<binary-entropy-widget>`: the live binary entropy curve (loaded on first interaction). */
import { enablePointDrag } from '../../kit/point-drag.ts';
import { bindScalarControl, type ScalarControl } from '../../kit/scalar-control.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { binaryEntropyChart } from './chart.ts';
import { binaryEntropyModel, type BinaryEntropyState } from './model.ts';

export class BinaryEntropyElement extends WidgetElement<BinaryEntropyState> {
  protected readonly model = binaryEntropyModel;
  protected readonly chart = binaryEntropyChart;
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
    // Drag the point along the curve: the pointer's x is the new p (to 0.001).
    enablePointDrag(holder, chart, ['point'], (_, x) => {
      const p = Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
      control.set(p);
      this.commit({ p });
    });
  }

  protected syncControls({ p }: BinaryEntropyState): void {
    this.#control?.set(p);
  }
}

if (!customElements.get('binary-entropy-widget')) {
  customElements.define('binary-entropy-widget', BinaryEntropyElement);
}
