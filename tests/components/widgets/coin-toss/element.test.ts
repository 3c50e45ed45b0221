import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bernoulliKl,
  createRng,
  logLikelihoodRatio,
  tossCoins,
} from '../../../../src/lib/index.ts';
import CoinToss from '../../../../src/components/widgets/coin-toss/CoinToss.astro';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/coin-toss/client.ts');
});
afterAll(() => removeDom());

const headsOf = (n: number, s: number, seed: number): number =>
  tossCoins(n, s, createRng(seed)).reduce((sum, t) => sum + t, 0);

describe('<coin-toss-widget> in the page', () => {
  it('restores p, q, n, seed and source from the URL', async () => {
    const figure = await mountWidget(CoinToss, {
      url: '/lessons/coin-toss/?coin-toss.p=0.2&coin-toss.q=0.45&coin-toss.n=3000&coin-toss.seed=8&coin-toss.source=q',
    });
    const heads = headsOf(3000, 0.45, 8);
    expect(readoutValue(figure, 'heads')).toBe(heads);
    expect(readoutValue(figure, 'llr-per-toss')).toBe(
      logLikelihoodRatio(heads, 3000, 0.2, 0.45) / 3000,
    );
    expect(readoutValue(figure, 'kl-qp')).toBe(bernoulliKl(0.45, 0.2));
    expect(figure.querySelector<HTMLSelectElement>('select[data-source-control]')!.value).toBe('q');
  });

  it('refuses n = 0 with role=alert and keeps the last state; the select switches the coin', async () => {
    const figure = await mountWidget(CoinToss);
    const before = readoutValue(figure, 'heads');
    typeInto(
      figure.querySelector<HTMLInputElement>(
        '[data-scalar-control="n"] input[data-scalar-number]',
      )!,
      '0',
    );
    expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/Tosses n/);
    expect(readoutValue(figure, 'heads')).toBe(before);
    const select = figure.querySelector<HTMLSelectElement>('select[data-source-control]')!;
    select.value = 'q';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(readoutValue(figure, 'heads')).toBe(headsOf(10_000, 0.75, 1));
  });
});
