/**
 * A widget whose state is one number (a probability p, a standard deviation σ): one labelled
 * slider + number box (`NumberControl.astro`, `[data-scalar-control=FIELD]`) and dots on its
 * chart that the reader drags to set the same number. Subclasses name the field, the dot marks
 * and how a pointer position becomes the value; the drag updates the control and commits.
 */
import { enablePointDrag, type DraggedPoint } from './point-drag.ts';
import { bindScalarControl, type ScalarControl } from './scalar-control.ts';
import { WidgetElement } from './widget-element.ts';

export abstract class ScalarWidgetElement<
  Field extends string,
  S extends Record<Field, number>,
> extends WidgetElement<S> {
  /** The state's one field, also the control's name and URL parameter. */
  protected abstract readonly field: Field;
  /** The dot marks the reader may drag. */
  protected abstract readonly dragMarks: readonly string[];
  /** The value a dot dragged to data position (x, y) stands for, as the slider would hold it. */
  protected abstract draggedValue(point: DraggedPoint, x: number, y: number): number;

  #control: ScalarControl | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>(`[data-scalar-control="${this.field}"]`);
    if (!root) return;
    const control = bindScalarControl(root, this.model.codecs[this.field], {
      change: (value) => this.commit({ ...this.state, [this.field]: value }),
      invalid: (message) => this.reject(message),
    });
    this.#control = control;
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    enablePointDrag(holder, chart, this.dragMarks, (point, x, y) => {
      const value = this.draggedValue(point, x, y);
      control.set(value);
      this.commit({ ...this.state, [this.field]: value });
    });
  }

  protected syncControls(state: S): void {
    this.#control?.set(state[this.field]);
  }
}
