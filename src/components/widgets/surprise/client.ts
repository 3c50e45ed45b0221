/** `<surprise-widget>`: the surprise of one outcome, its point dragged along the curve. */
import type { DraggedPoint } from '../../kit/point-drag.ts';
import { ScalarWidgetElement } from '../../kit/scalar-widget-element.ts';
import { toSliderStep } from '../../kit/slider-step.ts';
import { surpriseChart } from './chart.ts';
import { P_MIN, surpriseModel, type SurpriseState } from './model.ts';

export class SurpriseElement extends ScalarWidgetElement<'p', SurpriseState> {
  protected readonly model = surpriseModel;
  protected readonly chart = surpriseChart;
  protected readonly field = 'p';
  protected readonly dragMarks = ['point'];

  /** The pointer's x is the outcome's new probability (to the number box's 0.001). */
  protected draggedValue(_: DraggedPoint, x: number): number {
    return toSliderStep(x, P_MIN, 1, 0.001);
  }
}

if (!customElements.get('surprise-widget')) {
  customElements.define('surprise-widget', SurpriseElement);
}
