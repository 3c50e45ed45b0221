import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossEntropy, entropy, klDivergence } from '../../../../src/lib/index.ts';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import CrossEntropyExplorer from '../../../../src/components/widgets/cross-entropy-explorer/CrossEntropyExplorer.astro';
import { crossEntropyExplorerModel } from '../../../../src/components/widgets/cross-entropy-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPairBar, drawnPairBars } from '../pair-drag.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/cross-entropy-explorer/client.ts');
});
afterAll(() => removeDom());

const box = (figure: HTMLElement, symbol: string, index: number): HTMLInputElement =>
  figure.querySelectorAll<HTMLInputElement>(
    `[data-distribution-editor="${symbol}"] input[data-outcome-number]`,
  )[index]!;
const alertText = (figure: HTMLElement): string =>
  figure.querySelector('[role="alert"]')?.textContent ?? '';
const { p, q } = crossEntropyExplorerModel.defaults;

describe('<cross-entropy-explorer-widget> in the page', () => {
  it('hydrates with the worked example and draws the chart', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    expect(figure.querySelector('[data-hydrated="true"]')).not.toBeNull();
    expectClose(readoutValue(figure, 'cross-entropy'), crossEntropy(p, q), { rel: 1e-15 });
    expect(figure.querySelector('[data-chart] svg[role="img"]')).not.toBeNull();
  });

  it('restores p and q from the URL', async () => {
    const figure = await mountWidget(CrossEntropyExplorer, {
      url: '/lessons/cross-entropy/?cross-entropy-explorer.p=0.5,0.5&cross-entropy-explorer.q=0.9,0.1',
    });
    expectClose(readoutValue(figure, 'kl'), klDivergence([0.5, 0.5], [0.9, 0.1]), { rel: 1e-15 });
  });

  it('ignores a link whose p and q differ in length, with a notice, and keeps the page state', async () => {
    const figure = await mountWidget(CrossEntropyExplorer, {
      url: '/lessons/cross-entropy/?cross-entropy-explorer.p=0.5,0.5',
    });
    expect(figure.querySelector('[data-notice]')?.textContent).toContain(
      'q has 3 outcomes but p has 2',
    );
    expectClose(readoutValue(figure, 'cross-entropy'), crossEntropy(p, q), { rel: 1e-15 });
  });

  it('a probability of −0.2 and a q that does not sum to 1 show role=alert and keep the last state', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    const before = readoutValue(figure, 'cross-entropy');
    typeInto(box(figure, 'q', 0), '-0.2');
    expect(alertText(figure)).not.toBe('');
    expect(readoutValue(figure, 'cross-entropy')).toBe(before);
    typeInto(box(figure, 'q', 0), '0.5');
    expect(alertText(figure)).toContain('sum');
    expect(readoutValue(figure, 'cross-entropy')).toBe(before);
  });

  it('adding an outcome to p alone is refused until q has one too', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    figure
      .querySelector<HTMLButtonElement>('[data-distribution-editor="p"] [data-add-outcome]')!
      .click();
    expect(alertText(figure)).toContain('q has 3 outcomes but p has 4');
    figure
      .querySelector<HTMLButtonElement>('[data-distribution-editor="q"] [data-add-outcome]')!
      .click();
    expect(alertText(figure)).toBe('');
    expectClose(readoutValue(figure, 'cross-entropy'), crossEntropy([...p, 0], [...q, 0]), {
      rel: 1e-15,
    });
  });
});

describe('<cross-entropy-explorer-widget> pair picture', () => {
  it('sits in the controls, above the two editors, and draws p and q', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    const controls = figure.querySelector('[data-widget-controls]')!;
    const picture = controls.querySelector('[data-pair-bars]')!;
    const pEditor = controls.querySelector('[data-distribution-editor="p"]')!;
    expect(picture.compareDocumentPosition(pEditor) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    drawnPairBars(figure, 'p').forEach((value, i) => expectClose(value, p[i]!, { abs: 0.01 }));
    drawnPairBars(figure, 'q').forEach((value, i) => expectClose(value, q[i]!, { abs: 0.01 }));
  });

  it('dragging a p bar sets p(x) as its slider does (the others rescale); readouts follow', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    dragPairBar(figure, 'p', 0, [0.5, 0.7]);
    const next = rescaleOthers(p, 0, 0.7);
    expect(alertText(figure)).toBe('');
    expectClose(readoutValue(figure, 'cross-entropy'), crossEntropy(next, q), { rel: 1e-12 });
    expectClose(readoutValue(figure, 'entropy'), entropy(next), { rel: 1e-12 });
    expect(box(figure, 'p', 0).value).toBe('0.7');
    expectClose(Number(box(figure, 'p', 1).value), next[1]!, { abs: 5e-4 });
    drawnPairBars(figure, 'p').forEach((value, i) => expectClose(value, next[i]!, { abs: 0.01 }));
  });

  it('dragging a q bar goes to q', async () => {
    const figure = await mountWidget(CrossEntropyExplorer);
    dragPairBar(figure, 'q', 1, [0.2]);
    const next = rescaleOthers(q, 1, 0.2);
    expectClose(readoutValue(figure, 'kl'), klDivergence(p, next), { rel: 1e-12 });
    expect(box(figure, 'q', 1).value).toBe('0.2');
  });
});
