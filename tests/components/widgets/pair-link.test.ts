// Two pair widgets of one linked pair, and the prose that describes it, in one page: an edit in
// one widget shows in the other and in the prose; an unticked widget keeps its own pair; a link
// writes the pair once. Every number is checked against src/lib.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { crossEntropy, entropy, klDivergence } from '../../../src/lib/index.ts';
import PairQuantity from '../../../src/components/kit/PairQuantity.astro';
import PairValues from '../../../src/components/kit/PairValues.astro';
import { definePairLink } from '../../../src/components/kit/pair-link.ts';
import CodingGame from '../../../src/components/widgets/coding-game/CodingGame.astro';
import CrossEntropyExplorer from '../../../src/components/widgets/cross-entropy-explorer/CrossEntropyExplorer.astro';
import { expectClose } from '../../helpers/expect-close.ts';
import { installDom } from './dom.ts';
import {
  forgetKeptWidgetStates,
  readoutValue,
  renderWidgetHtml,
  typeInto,
} from './mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../src/components/widgets/cross-entropy-explorer/client.ts');
  await import('../../../src/components/widgets/coding-game/client.ts');
});
afterAll(() => removeDom());

const link = definePairLink('pair', [0.5, 0.25, 0.25], [0.25, 0.25, 0.5]);

/** The lesson in small: explorer, prose about the pair, game. */
async function mountLesson(url = '/lessons/cross-entropy/'): Promise<void> {
  window.history.replaceState(null, '', url);
  forgetKeptWidgetStates();
  const parts = await Promise.all([
    renderWidgetHtml(CrossEntropyExplorer, { link }),
    renderWidgetHtml(PairValues, { link, of: 'q' }),
    renderWidgetHtml(PairQuantity, { link, of: 'kl-pq' }),
    renderWidgetHtml(PairQuantity, { link, of: 'entropy-p' }),
    renderWidgetHtml(CodingGame, { link }),
  ]);
  document.body.innerHTML = `<h2 id="section-a">A</h2>${parts.join('')}`;
}

const figure = (id: string) => document.getElementById(id)!;
const qBox = (id: string, index: number) =>
  figure(id).querySelectorAll<HTMLInputElement>(
    '[data-distribution-editor="q"] input[data-outcome-number]',
  )[index]!;
const toggle = (id: string) =>
  figure(id).querySelector<HTMLInputElement>('input[data-pair-link-toggle]')!;
const prose = (measure: string) =>
  document.querySelector<HTMLElement>(`[data-pair-quantity="${measure}"]`)!;

/** Set q to `q` through the number boxes of widget `id`, the last box first so the sum holds at the end. */
function typeQ(id: string, q: number[]): void {
  q.forEach((value, index) => typeInto(qBox(id, index), String(value)));
}

describe('a linked pair', () => {
  it('an edit in one widget shows in the other widget and in the prose', async () => {
    await mountLesson();
    const q = [0.2, 0.3, 0.5];
    typeQ('cross-entropy-explorer', q);
    expectClose(
      readoutValue(figure('coding-game'), 'cross-entropy'),
      crossEntropy(link.p as number[], q),
      {
        rel: 1e-12,
      },
    );
    expect(qBox('coding-game', 2).value).toBe('0.5');
    expectClose(Number(prose('kl-pq').dataset['bits']), klDivergence(link.p as number[], q), {
      rel: 1e-12,
    });
    expect(prose('kl-pq').textContent).toBe(
      `${Number(klDivergence(link.p as number[], q).toPrecision(4))} bits`,
    );
    expect(prose('entropy-p').dataset['bits']).toBe(String(entropy(link.p as number[])));
    expect(document.querySelector('[data-pair-values="q"]')?.textContent).toBe('(0.2, 0.3, 0.5)');
  });

  it('an unticked widget neither sends nor receives; ticked again, it takes the shared pair', async () => {
    await mountLesson();
    const box = toggle('coding-game');
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    const shared = [0.1, 0.1, 0.8];
    typeQ('cross-entropy-explorer', shared);
    const own = crossEntropy(link.p as number[], link.q as number[]);
    expectClose(readoutValue(figure('coding-game'), 'cross-entropy'), own, { rel: 1e-12 });
    typeQ('coding-game', [0.4, 0.4, 0.2]);
    expectClose(
      readoutValue(figure('cross-entropy-explorer'), 'cross-entropy'),
      crossEntropy(link.p as number[], shared),
      { rel: 1e-12 },
    );
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expectClose(
      readoutValue(figure('coding-game'), 'cross-entropy'),
      crossEntropy(link.p as number[], shared),
      { rel: 1e-12 },
    );
  });

  it('starts every widget and the prose from the link’s own parameters', async () => {
    const p = [0.6, 0.3, 0.1];
    await mountLesson(`/lessons/cross-entropy/?pair.p=${p.join(',')}`);
    for (const id of ['cross-entropy-explorer', 'coding-game'])
      expectClose(readoutValue(figure(id), 'cross-entropy'), crossEntropy(p, link.q as number[]), {
        rel: 1e-12,
      });
    expectClose(Number(prose('entropy-p').dataset['bits']), entropy(p), { rel: 1e-12 });
  });

  it('a widget addressed with a pair of its own starts unlinked when another pair is shared', async () => {
    const shared = [0.6, 0.3, 0.1];
    const own = [0.2, 0.2, 0.6];
    await mountLesson(
      `/lessons/cross-entropy/?pair.p=${shared.join(',')}&coding-game.p=${own.join(',')}`,
    );
    expect(toggle('coding-game').checked).toBe(false);
    expect(toggle('cross-entropy-explorer').checked).toBe(true);
    expectClose(readoutValue(figure('coding-game'), 'entropy'), entropy(own), { rel: 1e-12 });
  });

  it('Copy link in a linked widget writes the pair once, under the link’s id', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await mountLesson('/lessons/cross-entropy/?pair.q=0.2,0.3,0.5');
    figure('coding-game').querySelector<HTMLButtonElement>('[data-copy-link]')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/lessons/cross-entropy/?coding-game.n=1000&coding-game.seed=1&pair.p=0.5,0.25,0.25&pair.q=0.2,0.3,0.5#section-a',
    );
    vi.unstubAllGlobals();
  });
});
