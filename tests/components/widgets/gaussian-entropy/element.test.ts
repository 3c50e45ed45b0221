import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gaussianEntropy } from '../../../../src/lib/index.ts';
import GaussianEntropy from '../../../../src/components/widgets/gaussian-entropy/GaussianEntropy.astro';
import { gaussianEntropyModel } from '../../../../src/components/widgets/gaussian-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPoint } from '../pointer.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/gaussian-entropy/client.ts');
});
afterAll(() => removeDom());

const box = (figure: HTMLElement): HTMLInputElement =>
  figure.querySelector('input[data-scalar-number]')!;

describe('<gaussian-entropy-widget> in the page', () => {
  it('σ = 0 and an empty box show role=alert and keep the previous readout', async () => {
    const figure = await mountWidget(GaussianEntropy);
    for (const raw of ['0', '']) {
      typeInto(box(figure), raw);
      expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/^Standard deviation σ /);
      expectClose(
        readoutValue(figure, 'entropy'),
        gaussianEntropy(gaussianEntropyModel.defaults.sigma),
        { rel: 1e-15 },
      );
    }
  });
  it('a valid σ updates the readout, negative for a narrow bell', async () => {
    const figure = await mountWidget(GaussianEntropy);
    typeInto(box(figure), '0.1');
    expectClose(readoutValue(figure, 'entropy'), gaussianEntropy(0.1), { rel: 1e-15 });
    expect(figure.querySelector('output[data-readout="entropy"]')?.textContent).toMatch(/^−/);
  });
  it('restores σ from the URL and ignores an unknown parameter with a notice', async () => {
    const figure = await mountWidget(GaussianEntropy, {
      url: '/lessons/entropy/?gaussian-entropy.sigma=2&gaussian-entropy.mu=1',
    });
    expectClose(readoutValue(figure, 'entropy'), gaussianEntropy(2), { rel: 1e-15 });
    expect(figure.querySelector('[data-notice]')?.textContent).toContain(
      '“gaussian-entropy.mu=1”: unknown parameter',
    );
  });
  it('dragging the width handle to x = 2 sets σ = 2; dragging the peak to height 1/(0.5√2π) sets σ = 0.5', async () => {
    const figure = await mountWidget(GaussianEntropy);
    dragPoint(figure, 'p-handles', 1, { x: 2, y: 0.1 });
    expect(box(figure).value).toBe('2');
    expectClose(readoutValue(figure, 'entropy'), gaussianEntropy(2), { rel: 1e-15 });
    // The chart redraws with Plot when σ crosses a step of the y axis; in jsdom the peak is
    // dragged on the chart as drawn, through its grab zone.
    dragPoint(figure, 'p-handles', 0, { x: 0, y: 1 / (0.5 * Math.sqrt(2 * Math.PI)) });
    expect(box(figure).value).toBe('0.5');
    expectClose(readoutValue(figure, 'entropy'), gaussianEntropy(0.5), { rel: 1e-15 });
  });
});
