import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gaussianEntropy } from '../../../../src/lib/index.ts';
import GaussianEntropy from '../../../../src/components/widgets/gaussian-entropy/GaussianEntropy.astro';
import { gaussianEntropyModel } from '../../../../src/components/widgets/gaussian-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

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
});
