import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surprisal } from '../../../../src/lib/index.ts';
import Surprise from '../../../../src/components/widgets/surprise/Surprise.astro';
import { surpriseModel } from '../../../../src/components/widgets/surprise/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPoint } from '../pointer.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/surprise/client.ts');
});
afterAll(() => removeDom());

const box = (figure: HTMLElement): HTMLInputElement =>
  figure.querySelector('input[data-scalar-number]')!;

describe('<surprise-widget> in the page', () => {
  it('starts at its default p with the library surprise', async () => {
    const figure = await mountWidget(Surprise);
    expectClose(readoutValue(figure, 'surprise'), surprisal(surpriseModel.defaults.p), {
      rel: 1e-15,
    });
  });
  it('a typed p updates the surprise; p = 0 is refused with an alert (the figure starts at 0.01)', async () => {
    const figure = await mountWidget(Surprise);
    typeInto(box(figure), '0.125');
    expect(readoutValue(figure, 'surprise')).toBe(3);
    typeInto(box(figure), '0');
    expect(figure.querySelector('[role="alert"]')?.textContent).not.toBe('');
    expect(readoutValue(figure, 'surprise')).toBe(3);
  });
  it('dragging the point to x = 0.5 sets p = 0.5: one bit of surprise', async () => {
    const figure = await mountWidget(Surprise);
    dragPoint(figure, 'point', 0, { x: 0.5, y: 0 });
    expect(box(figure).value).toBe('0.5');
    expect(readoutValue(figure, 'surprise')).toBe(1);
  });
  it('restores p from the URL, and notices a hostile value', async () => {
    const restored = await mountWidget(Surprise, { url: '/?surprise.p=0.01' });
    expectClose(readoutValue(restored, 'surprise'), Math.log2(100), { rel: 1e-15 });
    const hostile = await mountWidget(Surprise, { url: '/?surprise.p=%3Cscript%3E' });
    expect(hostile.querySelector('[data-notice]')?.textContent).toContain('surprise.p=<script>');
    expect(hostile.querySelector('[data-chart] svg')).not.toBeNull();
  });
});
