import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import KlFit from '../../../../src/components/widgets/kl-fit/KlFit.astro';
import {
  fittedParameters,
  klFitModel,
  type KlFitState,
} from '../../../../src/components/widgets/kl-fit/model.ts';
import { setUnit } from '../../../../src/components/kit/unit.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPoint } from '../pointer.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/kl-fit/client.ts');
});
afterAll(() => removeDom());

const element = (figure: HTMLElement) => figure.querySelector<HTMLElement>('kl-fit-widget')!;
const stateOf = (figure: HTMLElement) =>
  (element(figure) as HTMLElement & { state: KlFitState }).state;
const box = (figure: HTMLElement, name: string) =>
  figure.querySelector<HTMLInputElement>(
    `[data-scalar-control="${name}"] input[data-scalar-number]`,
  )!;

/** Resolves once the full fit is shown (`data-refined="true"`). */
async function refined(figure: HTMLElement): Promise<void> {
  const started = Date.now();
  while (element(figure).dataset['refined'] !== 'true') {
    if (Date.now() - started > 20_000) throw new Error('the fit was never refined');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every readout, the divergences and the fitted parameters, is the model's for the state. */
function expectModelReadouts(figure: HTMLElement, unit: 'bits' | 'nats' = 'bits'): void {
  const state = stateOf(figure);
  for (const readout of klFitModel.readouts(state, unit)) {
    expect(readoutValue(figure, readout.name)).toBe(readout.value);
    expect(
      figure.querySelector(`output[data-readout="${readout.name}"]`)?.getAttribute('data-unit'),
    ).toBe(unit);
  }
  for (const parameter of fittedParameters(state))
    expect(readoutValue(figure, parameter.name)).toBe(parameter.value);
}

describe('<kl-fit-widget> in the page', () => {
  it('restores the mixture from the URL; once refined, readouts are the model’s', async () => {
    const figure = await mountWidget(KlFit, {
      url: '/lessons/kl-divergence/?kl-fit.weight=0.25&kl-fit.mu1=-2&kl-fit.mu2=2&kl-fit.sigma=1',
    });
    await refined(figure);
    expect(figure.querySelector('[data-fit-status]')?.textContent).toBe('refined');
    expect(figure.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Fitted Gaussians q: refined',
    );
    expectModelReadouts(figure);
    expectClose(readoutValue(figure, 'forward-mu'), 0.25 * -2 + 0.75 * 2, { abs: 1e-6 });
    expectClose(readoutValue(figure, 'forward-sigma'), Math.sqrt(1 + 0.25 * 0.75 * 16), {
      rel: 1e-6,
    });
  });

  it('while typing, shows a coarse fit near the full one; after the input stops, the full fit', async () => {
    const figure = await mountWidget(KlFit);
    await refined(figure);
    typeInto(box(figure, 'mu2'), '4.2');
    expect(element(figure).dataset['refined']).toBe('false');
    expect(figure.querySelector('[data-fit-status]')?.textContent).toBe('refining…');
    const liveRegion = () => figure.querySelector('.widget-readouts[aria-live]');
    // The coarse numbers are not announced: the live region waits for the refined ones.
    expect(liveRegion()?.getAttribute('aria-busy')).toBe('true');
    const state = stateOf(figure);
    expect(state.mu2).toBe(4.2);
    for (const readout of klFitModel.readouts(state, 'bits'))
      expectClose(readoutValue(figure, readout.name), readout.value, { rel: 1e-3 });
    for (const parameter of fittedParameters(state))
      expectClose(readoutValue(figure, parameter.name), parameter.value, { abs: 1e-3 });
    await refined(figure);
    expect(liveRegion()?.getAttribute('aria-busy')).toBe('false');
    expectModelReadouts(figure);
  });

  it('a new input drops the refinement under way: the last state is the one refined', async () => {
    const figure = await mountWidget(KlFit);
    typeInto(box(figure, 'sigma'), '1.1');
    typeInto(box(figure, 'weight'), '0.35');
    await refined(figure);
    expect(stateOf(figure)).toEqual({ weight: 0.35, mu1: -3, mu2: 3, sigma: 1.1 });
    expectModelReadouts(figure);
  });

  it('moved in the page while refining, it still refines', async () => {
    const figure = await mountWidget(KlFit);
    typeInto(box(figure, 'mu1'), '-2.5');
    document.body.append(figure);
    await refined(figure);
    expectModelReadouts(figure);
  });

  it('dragging a peak moves its mode, the width handle sets σ; the controls follow', async () => {
    const figure = await mountWidget(KlFit);
    dragPoint(figure, 'p-handles', 0, { x: -1.504, y: 0.2 });
    expect(box(figure, 'mu1').value).toBe('-1.5');
    expect(stateOf(figure).mu1).toBe(-1.5);
    dragPoint(figure, 'p-handles', 2, { x: 3 + 1.25, y: 0.1 });
    expect(box(figure, 'sigma').value).toBe('1.25');
    await refined(figure);
    expect(stateOf(figure)).toEqual({ weight: 0.5, mu1: -1.5, mu2: 3, sigma: 1.25 });
    expectModelReadouts(figure);
  });

  it('switched to nats once refined, shows the model’s readouts in nats at once', async () => {
    const figure = await mountWidget(KlFit);
    await refined(figure);
    try {
      setUnit('nats');
      expect(element(figure).dataset['refined']).toBe('true');
      expectModelReadouts(figure, 'nats');
    } finally {
      setUnit('bits');
    }
  });

  it('σ = 0 shows role=alert and keeps the fitted values', async () => {
    const figure = await mountWidget(KlFit);
    await refined(figure);
    const before = readoutValue(figure, 'reverse-mu');
    typeInto(box(figure, 'sigma'), '0');
    expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/^Width σ of each mode /);
    expect(readoutValue(figure, 'reverse-mu')).toBe(before);
  });

  it('the play button is a toggle; playing moves the drawn fits in place', async () => {
    const figure = await mountWidget(KlFit);
    await refined(figure);
    const button = figure.querySelector<HTMLButtonElement>('[data-animate]')!;
    const svg = figure.querySelector('[data-chart] svg');
    const reverse = () => figure.querySelector('g.mark-reverse-line path')!.getAttribute('d');
    const fitted = reverse();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reverse()).not.toBe(fitted);
    expect(figure.querySelector('[data-chart-description]')?.textContent).toMatch(
      /% of the way through the fit/,
    );
    expect(figure.querySelector('[data-chart] svg')).toBe(svg);
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('pressed before the full fit is known, Play waits for it and then plays', async () => {
    const figure = await mountWidget(KlFit);
    typeInto(box(figure, 'mu1'), '-2');
    const button = figure.querySelector<HTMLButtonElement>('[data-animate]')!;
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await refined(figure);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });

  it('with reduced motion, Play draws the fitted curves at once and is not left pressed', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as never;
    try {
      const figure = await mountWidget(KlFit);
      const button = figure.querySelector<HTMLButtonElement>('[data-animate]')!;
      button.click();
      expect(button.getAttribute('aria-pressed')).toBe('false');
      await refined(figure);
      expect(figure.querySelector('[data-chart-description]')?.textContent).toContain('q, fitted:');
      expect(button.getAttribute('aria-pressed')).toBe('false');
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
