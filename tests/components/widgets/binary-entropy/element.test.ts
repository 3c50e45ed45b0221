import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryEntropy } from '../../../../src/lib/index.ts';
import BinaryEntropy from '../../../../src/components/widgets/binary-entropy/BinaryEntropy.astro';
import { binaryEntropyModel } from '../../../../src/components/widgets/binary-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPoint } from '../pointer.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/binary-entropy/client.ts');
});
afterAll(() => removeDom());

const box = (figure: HTMLElement): HTMLInputElement =>
  figure.querySelector('input[data-scalar-number]')!;

describe('<binary-entropy-widget> in the page', () => {
  it('a negative p shows role=alert and keeps the previous readout', async () => {
    const figure = await mountWidget(BinaryEntropy);
    typeInto(box(figure), '-1');
    expect(figure.querySelector('[role="alert"]')?.textContent).toContain('must be in [0, 1]');
    expectClose(readoutValue(figure, 'entropy'), binaryEntropy(binaryEntropyModel.defaults.p), {
      rel: 1e-15,
    });
  });
  it('a valid p updates the readout and the slider', async () => {
    const figure = await mountWidget(BinaryEntropy);
    typeInto(box(figure), '0.11');
    expect(figure.querySelector('[role="alert"]')?.textContent).toBe('');
    expectClose(readoutValue(figure, 'entropy'), binaryEntropy(0.11), { rel: 1e-15 });
    expect(figure.querySelector<HTMLInputElement>('input[data-scalar-range]')?.value).toBe('0.11');
  });
  it('restores p from the URL, and notices a hostile one', async () => {
    const restored = await mountWidget(BinaryEntropy, {
      url: '/lessons/entropy/?binary-entropy.p=0.9',
    });
    expectClose(readoutValue(restored, 'entropy'), binaryEntropy(0.9), { rel: 1e-15 });
    const hostile = await mountWidget(BinaryEntropy, {
      url: '/lessons/entropy/?binary-entropy.p=1e999',
    });
    expect(hostile.querySelector('[data-notice]')?.textContent).toContain('binary-entropy.p=1e999');
    expect(hostile.querySelector('[data-chart] svg')).not.toBeNull();
  });
  it('dragging the point to x = 0.7 sets p = 0.7 in the controls and h = binaryEntropy(0.7)', async () => {
    const figure = await mountWidget(BinaryEntropy);
    dragPoint(figure, 'point', 0, { x: 0.7, y: 0 });
    expect(box(figure).value).toBe('0.7');
    expectClose(readoutValue(figure, 'entropy'), binaryEntropy(0.7), { rel: 1e-15 });
  });
});
