import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossEntropyLoss, gradientStep, logitGradient } from '../../../../src/lib/index.ts';
import ClassifierLoss from '../../../../src/components/widgets/classifier-loss/ClassifierLoss.astro';
import { classifierLossModel } from '../../../../src/components/widgets/classifier-loss/model.ts';
import { expectAllClose, expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/classifier-loss/client.ts');
});
afterAll(() => removeDom());

const logitBox = (figure: HTMLElement, index: number): HTMLInputElement =>
  figure.querySelector(`input[data-logit="${index}"]`)!;
const gradients = (figure: HTMLElement): number[] =>
  Array.from(figure.querySelectorAll<HTMLOutputElement>('output[data-gradient]'), (o) =>
    Number(o.dataset['value']),
  );

describe('<classifier-loss-widget> in the page', () => {
  const { logits, target } = classifierLossModel.defaults;

  it('shows the library’s loss and gradient, and a typed logit updates them', async () => {
    const figure = await mountWidget(ClassifierLoss);
    expectClose(readoutValue(figure, 'loss'), crossEntropyLoss([logits], [target]), { rel: 1e-15 });
    expectAllClose(gradients(figure), logitGradient(logits, target), { rel: 1e-15 });
    typeInto(logitBox(figure, 0), '3');
    const next = [3, ...logits.slice(1)];
    expectClose(readoutValue(figure, 'loss'), crossEntropyLoss([next], [target]), { rel: 1e-15 });
    expectAllClose(gradients(figure), logitGradient(next, target), { rel: 1e-15 });
  });

  it('a bad logit shows role=alert and keeps the readout', async () => {
    const figure = await mountWidget(ClassifierLoss);
    typeInto(logitBox(figure, 1), '99');
    expect(figure.querySelector('[role="alert"]')?.textContent).toContain('Logit z1');
    expectClose(readoutValue(figure, 'loss'), crossEntropyLoss([logits], [target]), { rel: 1e-15 });
  });

  it('"Take a gradient step" moves the logits by −rate·gradient', async () => {
    const figure = await mountWidget(ClassifierLoss);
    figure.querySelector<HTMLButtonElement>('[data-step]')!.click();
    const next = gradientStep(
      logits,
      logitGradient(logits, target),
      classifierLossModel.defaults.rate,
    );
    expectClose(readoutValue(figure, 'loss'), crossEntropyLoss([next], [target]), { rel: 1e-14 });
    expect(Number(logitBox(figure, 0).value)).toBeCloseTo(next[0]!, 3);
  });

  it('"Train" with reduced motion takes all steps at once and draws a falling loss curve', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce') })) as never;
    try {
      const figure = await mountWidget(ClassifierLoss);
      const before = readoutValue(figure, 'loss');
      figure.querySelector<HTMLButtonElement>('[data-train]')!.click();
      const curve = figure.querySelector<HTMLElement>('[data-loss-curve]')!;
      expect(curve.hidden).toBe(false);
      expect(curve.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(41);
      expect(readoutValue(figure, 'loss')).toBeLessThan(before);
    } finally {
      window.matchMedia = original;
    }
  });

  it('restores the state from the URL, rebuilding the logit rows, and notices a hostile one', async () => {
    const figure = await mountWidget(ClassifierLoss, {
      url: '/lessons/cross-entropy-loss/?classifier-loss.logits=0,1&classifier-loss.target=1',
    });
    expect(figure.querySelectorAll('input[data-logit]')).toHaveLength(2);
    expectClose(readoutValue(figure, 'loss'), crossEntropyLoss([[0, 1]], [1]), { rel: 1e-15 });
    const hostile = await mountWidget(ClassifierLoss, {
      url: '/lessons/cross-entropy-loss/?classifier-loss.logits=1,Infinity',
    });
    expect(hostile.querySelector('[data-notice]')?.textContent).toContain('classifier-loss.logits');
  });
});
