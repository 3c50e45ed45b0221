// A widget's declaration carries an example state for links, checked against its codecs.
import { describe, expect, it } from 'vitest';
import { defineWidget, WidgetExampleError } from '../../../src/components/kit/declaration.ts';
import { boundedNumber } from '../../../src/components/kit/params.ts';
import type { WidgetModel } from '../../../src/components/kit/types.ts';

const model: WidgetModel<{ a: number; b: number }> = {
  kind: 'demo',
  defaults: { a: 0.5, b: 2 },
  codecs: { a: boundedNumber(0, 1), b: boundedNumber(0, 10) },
  readouts: () => [],
  validate: (state) => (state.b === 3 ? 'b may not be 3' : undefined),
};
const describeDemo = { model, title: 'Demo', lessonSlug: 'entropy', summary: 'A demo.' };

describe('defineWidget(…).example', () => {
  it('is the defaults with the example on top, as URL values', () => {
    expect(defineWidget({ ...describeDemo, example: { a: 0.25 } }).example).toEqual({
      a: '0.25',
      b: '2',
    });
    expect(defineWidget(describeDemo).example).toEqual({ a: '0.5', b: '2' });
  });

  it('fails the build on an example a link could not carry', () => {
    expect(() => defineWidget({ ...describeDemo, example: { a: 4 } })).toThrow(WidgetExampleError);
    expect(() => defineWidget({ ...describeDemo, example: { b: 3 } })).toThrow(WidgetExampleError);
  });
});
