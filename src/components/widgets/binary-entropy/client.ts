/** `<binary-entropy-widget>`: the live binary entropy curve (loaded on first interaction). */
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
    this.#control = bindScalarControl(root, this.model.codecs.p, {
      change: (p) => this.commit({ p }),
      invalid: (message) => this.reject(message),
    });
  }

  protected syncControls({ p }: BinaryEntropyState): void {
    this.#control?.set(p);
  }
}

if (!customElements.get('binary-entropy-widget')) {
  customElements.define('binary-entropy-widget', BinaryEntropyElement);
}
