import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import KlFit from '../../../../src/components/widgets/kl-fit/KlFit.astro';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/kl-fit/client.ts');
});
afterAll(() => removeDom());

describe('<kl-fit-widget> in the page', () => {
  it('restores the mixture from the URL; forward fit matches its moments', async () => {
    const figure = await mountWidget(KlFit, {
      url: '/lessons/kl-divergence/?kl-fit.weight=0.25&kl-fit.mu1=-2&kl-fit.mu2=2&kl-fit.sigma=1',
    });
    const mean = 0.25 * -2 + 0.75 * 2;
    expectClose(readoutValue(figure, 'forward-mu'), mean, { abs: 1e-6 });
    expectClose(readoutValue(figure, 'forward-sigma'), Math.sqrt(1 + 0.25 * 0.75 * 16), {
      rel: 1e-6,
    });
  });

  it('σ = 0 shows role=alert and keeps the fitted values', async () => {
    const figure = await mountWidget(KlFit);
    const before = readoutValue(figure, 'reverse-mu');
    typeInto(
      figure.querySelector<HTMLInputElement>(
        '[data-scalar-control="sigma"] input[data-scalar-number]',
      )!,
      '0',
    );
    expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/^Width σ of each mode /);
    expect(readoutValue(figure, 'reverse-mu')).toBe(before);
  });

  it('the play button is a toggle: pressed while animating, released when pressed again', async () => {
    const figure = await mountWidget(KlFit);
    const button = figure.querySelector<HTMLButtonElement>('[data-animate]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});
