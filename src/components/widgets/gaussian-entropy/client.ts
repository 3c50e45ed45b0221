/** `<gaussian-entropy-widget>`: the Gaussian density and its entropy, widened by its handles. */
import type { DraggedPoint } from '../../kit/point-drag.ts';
import { ScalarWidgetElement } from '../../kit/scalar-widget-element.ts';
import { toSliderStep } from '../../kit/slider-step.ts';
import { gaussianEntropyChart } from './chart.ts';
import { gaussianEntropyModel, SIGMA_MAX, SIGMA_MIN, type GaussianEntropyState } from './model.ts';

/** σ from a dragged point: the width handle's distance from 0, or the peak's height 1/(σ√2π). */
export function draggedSigma({ index }: DraggedPoint, x: number, y: number): number {
  const sigma = index === 0 ? 1 / (Math.max(y, 1e-9) * Math.sqrt(2 * Math.PI)) : Math.abs(x);
  return toSliderStep(sigma, SIGMA_MIN, SIGMA_MAX);
}

export class GaussianEntropyElement extends ScalarWidgetElement<'sigma', GaussianEntropyState> {
  protected readonly model = gaussianEntropyModel;
  protected readonly chart = gaussianEntropyChart;
  protected readonly field = 'sigma';
  protected readonly dragMarks = ['p-handles'];

  protected draggedValue(point: DraggedPoint, x: number, y: number): number {
    return draggedSigma(point, x, y);
  }
}

if (!customElements.get('gaussian-entropy-widget')) {
  customElements.define('gaussian-entropy-widget', GaussianEntropyElement);
}
