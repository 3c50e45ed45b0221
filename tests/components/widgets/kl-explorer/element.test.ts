import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klDivergence } from '../../../../src/lib/index.ts';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import KlExplorer from '../../../../src/components/widgets/kl-explorer/KlExplorer.astro';
import { klExplorerModel } from '../../../../src/components/widgets/kl-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue } from '../mount-widget.ts';
import { dragPairBar, drawnPairBars } from '../pair-drag.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/kl-explorer/client.ts');
});
afterAll(() => removeDom());

const shownValues = (figure: HTMLElement, symbol: string): number[] =>
  [
    ...figure.querySelectorAll<HTMLInputElement>(
      `[data-distribution-editor="${symbol}"] input[data-outcome-number]`,
    ),
  ].map((input) => Number(input.value));

describe('<kl-explorer-widget> in the page', () => {
  it('Swap exchanges p and q in the editors and the readouts', async () => {
    const figure = await mountWidget(KlExplorer, {
      url: '/lessons/kl-divergence/?kl-explorer.p=0.2,0.8&kl-explorer.q=0.6,0.4',
    });
    expectClose(readoutValue(figure, 'kl-pq'), klDivergence([0.2, 0.8], [0.6, 0.4]), {
      rel: 1e-15,
    });
    figure.querySelector<HTMLButtonElement>('[data-swap]')!.click();
    expectClose(readoutValue(figure, 'kl-pq'), klDivergence([0.6, 0.4], [0.2, 0.8]), {
      rel: 1e-15,
    });
    expectClose(readoutValue(figure, 'kl-qp'), klDivergence([0.2, 0.8], [0.6, 0.4]), {
      rel: 1e-15,
    });
    expect(shownValues(figure, 'p')).toEqual([0.6, 0.4]);
    expect(shownValues(figure, 'q')).toEqual([0.2, 0.8]);
  });

  it('shows Infinity as data-value and ∞ as text when q misses part of p', async () => {
    const figure = await mountWidget(KlExplorer, {
      url: '/lessons/kl-divergence/?kl-explorer.q=1,0',
    });
    const output = figure.querySelector<HTMLOutputElement>('output[data-readout="kl-pq"]')!;
    expect(output.dataset['value']).toBe('Infinity');
    expect(output.textContent).toContain('∞');
  });
});

describe('<kl-explorer-widget> pair picture', () => {
  it('dragging a p bar commits the rescaled p; the readouts are the library values', async () => {
    const figure = await mountWidget(KlExplorer);
    const { p, q } = klExplorerModel.defaults;
    dragPairBar(figure, 'p', 1, [0.9]);
    const next = rescaleOthers(p, 1, 0.9);
    expectClose(readoutValue(figure, 'kl-pq'), klDivergence(next, q), { rel: 1e-12 });
    expectClose(readoutValue(figure, 'kl-qp'), klDivergence(q, next), { rel: 1e-12 });
    expect(shownValues(figure, 'p')).toEqual([0.1, 0.9]);
  });

  it('follows Swap: the p bars show the old q', async () => {
    const figure = await mountWidget(KlExplorer);
    const { p, q } = klExplorerModel.defaults;
    figure.querySelector<HTMLButtonElement>('[data-swap]')!.click();
    drawnPairBars(figure, 'p').forEach((value, i) => expectClose(value, q[i]!, { abs: 0.01 }));
    drawnPairBars(figure, 'q').forEach((value, i) => expectClose(value, p[i]!, { abs: 0.01 }));
  });

  it('a q bar dragged to 1 makes D(p‖q) infinite', async () => {
    const figure = await mountWidget(KlExplorer);
    dragPairBar(figure, 'q', 0, [1.2]);
    expect(shownValues(figure, 'q')).toEqual([1, 0]);
    expect(readoutValue(figure, 'kl-pq')).toBe(Infinity);
  });
});
