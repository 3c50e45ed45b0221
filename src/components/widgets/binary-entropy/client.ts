/** `<binary-entropy-widget>`: the binary entropy curve, its point dragged along it. */
import type { DraggedPoint } from '../../kit/point-drag.ts';
import { ScalarWidgetElement } from '../../kit/scalar-widget-element.ts';
import { toSliderStep } from '../../kit/slider-step.ts';
import { binaryEntropyChart } from './chart.ts';
import { binaryEntropyModel, type BinaryEntropyState } from './model.ts';

export class BinaryEntropyElement extends ScalarWidgetElement<'p', BinaryEntropyState> {
  protected readonly model = binaryEntropyModel;
  protected readonly chart = binaryEntropyChart;
  protected readonly field = 'p';
  protected readonly dragMarks = ['point'];

  /** The point moves along the curve: the pointer's x is the new p (to the number box's 0.001). */
  protected draggedValue(_: DraggedPoint, x: number): number {
    return toSliderStep(x, 0, 1, 0.001);
  }
}

if (!customElements.get('binary-entropy-widget')) {
  customElements.define('binary-entropy-widget', BinaryEntropyElement);
}
