// A widget's state is kept for the reader's return (widget-memory.ts): a committed state is
// stored under surprisal:widget:<pathname>:<id>; a later visit whose URL says nothing about the
// widget (nor its linked pair) starts from it; a URL parameter wins; a kept state that no longer
// decodes is dropped without a notice; storage that throws changes nothing visible. Writes wait
// (WRITE_DELAY_MS) and happen at once when the page is left (pagehide), as `visit` does.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { crossEntropy, entropy } from '../../../src/lib/index.ts';
import { definePairLink } from '../../../src/components/kit/pair-link.ts';
import PairQuantity from '../../../src/components/kit/PairQuantity.astro';
import {
  flushWidgetStates,
  WIDGET_STATE_PREFIX,
  WRITE_DELAY_MS,
} from '../../../src/components/kit/widget-memory.ts';
import CodingGame from '../../../src/components/widgets/coding-game/CodingGame.astro';
import CrossEntropyExplorer from '../../../src/components/widgets/cross-entropy-explorer/CrossEntropyExplorer.astro';
import EntropyExplorer from '../../../src/components/widgets/entropy-explorer/EntropyExplorer.astro';
import { entropyExplorerModel } from '../../../src/components/widgets/entropy-explorer/model.ts';
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
  await import('../../../src/components/widgets/entropy-explorer/client.ts');
  await import('../../../src/components/widgets/cross-entropy-explorer/client.ts');
  await import('../../../src/components/widgets/coding-game/client.ts');
});
afterAll(() => removeDom());
afterEach(() => {
  vi.restoreAllMocks();
  flushWidgetStates();
  window.localStorage.clear();
});

const ENTROPY_KEY = `${WIDGET_STATE_PREFIX}/lessons/entropy/:entropy-explorer`;
const defaults = entropyExplorerModel.defaults.p;

/** A visit to `url`: the page's HTML put in afresh (new elements start), kept states untouched. */
/** Leave the page (as the browser does: `pagehide`) and open `url` with `html` in it. */
async function visit(url: string, html: () => Promise<string>): Promise<void> {
  window.dispatchEvent(new Event('pagehide'));
  window.history.replaceState(null, '', url);
  document.body.innerHTML = `<h2 id="section-a">A</h2>${await html()}`;
}
const explorerPage = () => renderWidgetHtml(EntropyExplorer);
const figure = (id: string) => document.getElementById(id)!;
const boxes = (id: string, symbol = 'p') => [
  ...figure(id).querySelectorAll<HTMLInputElement>(
    `[data-distribution-editor="${symbol}"] input[data-outcome-number]`,
  ),
];
const typeList = (id: string, values: number[], symbol = 'p') =>
  values.forEach((value, i) => typeInto(boxes(id, symbol)[i]!, String(value)));

describe('a widget kept for the reader’s return', () => {
  it('keeps a committed state as its URL parameters, under the page and the widget id', async () => {
    forgetKeptWidgetStates();
    await visit('/lessons/entropy/', explorerPage);
    expect(window.localStorage.getItem(ENTROPY_KEY)).toBeNull();
    typeList('entropy-explorer', [0.2, 0.3, 0.5]);
    // Not yet written: a commit only notes the state; leaving the page writes it.
    expect(window.localStorage.getItem(ENTROPY_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(window.localStorage.getItem(ENTROPY_KEY)).toBe('entropy-explorer.p=0.2%2C0.3%2C0.5');
  });

  it('writes many quick commits once, the last state, within the write delay', async () => {
    forgetKeptWidgetStates();
    await visit('/lessons/entropy/', explorerPage);
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    typeList('entropy-explorer', [0.1, 0.6, 0.3]);
    typeList('entropy-explorer', [0.2, 0.5, 0.3]);
    expect(writes).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, WRITE_DELAY_MS + 50));
    expect(writes.mock.calls.filter(([key]) => key === ENTROPY_KEY)).toEqual([
      [ENTROPY_KEY, 'entropy-explorer.p=0.2%2C0.5%2C0.3'],
    ]);
  });

  it('writes when the tab is hidden', async () => {
    forgetKeptWidgetStates();
    await visit('/lessons/entropy/', explorerPage);
    typeList('entropy-explorer', [0.7, 0.2, 0.1]);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(window.localStorage.getItem(ENTROPY_KEY)).toBe('entropy-explorer.p=0.7%2C0.2%2C0.1');
  });

  it('starts from the kept state on the next visit, without a notice', async () => {
    window.localStorage.setItem(ENTROPY_KEY, 'entropy-explorer.p=0.1,0.2,0.3,0.4');
    await visit('/lessons/entropy/', explorerPage);
    expectClose(
      readoutValue(figure('entropy-explorer'), 'entropy'),
      entropy([0.1, 0.2, 0.3, 0.4]),
      {
        rel: 1e-12,
      },
    );
    expect(boxes('entropy-explorer').map((box) => box.value)).toEqual(['0.1', '0.2', '0.3', '0.4']);
    expect(figure('entropy-explorer').querySelector<HTMLElement>('[data-notice]')?.hidden).toBe(
      true,
    );
  });

  it('a URL parameter for the widget wins over the kept state', async () => {
    window.localStorage.setItem(ENTROPY_KEY, 'entropy-explorer.p=0.1,0.2,0.3,0.4');
    await visit('/lessons/entropy/?entropy-explorer.p=0.5,0.5', explorerPage);
    expectClose(readoutValue(figure('entropy-explorer'), 'entropy'), entropy([0.5, 0.5]), {
      rel: 1e-12,
    });
  });

  it('another page keeps its own states', async () => {
    window.localStorage.setItem(ENTROPY_KEY, 'entropy-explorer.p=0.1,0.2,0.3,0.4');
    await visit('/embed/entropy-explorer/', explorerPage);
    expectClose(readoutValue(figure('entropy-explorer'), 'entropy'), entropy(defaults), {
      rel: 1e-15,
    });
  });

  it.each([
    ['a value that no longer decodes', 'entropy-explorer.p=abc'],
    ['a parameter that no longer exists', 'entropy-explorer.zzz=1'],
    ['markup', 'entropy-explorer.p=<img src=x onerror=alert(1)>'],
  ])('drops %s silently and starts as a first visit', async (_, kept) => {
    window.localStorage.setItem(ENTROPY_KEY, kept);
    await visit('/lessons/entropy/', explorerPage);
    const root = figure('entropy-explorer');
    expectClose(readoutValue(root, 'entropy'), entropy(defaults), { rel: 1e-15 });
    expect(root.querySelector<HTMLElement>('[data-notice]')?.hidden).toBe(true);
    expect(root.querySelector('img')).toBeNull();
    expect(window.localStorage.getItem(ENTROPY_KEY)).toBeNull();
  });

  it('storage that throws on every access changes nothing visible', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await visit('/lessons/entropy/', explorerPage);
    typeList('entropy-explorer', [0.2, 0.3, 0.5]);
    expectClose(readoutValue(figure('entropy-explorer'), 'entropy'), entropy([0.2, 0.3, 0.5]), {
      rel: 1e-12,
    });
  });
});

describe('a linked pair kept for the reader’s return', () => {
  const link = definePairLink('pair', [0.5, 0.25, 0.25], [0.25, 0.25, 0.5]);
  const lesson = async () =>
    (
      await Promise.all([
        renderWidgetHtml(CrossEntropyExplorer, { link }),
        renderWidgetHtml(PairQuantity, { link, of: 'cross-entropy-pq' }),
        renderWidgetHtml(CodingGame, { link }),
      ])
    ).join('');
  const toggle = (id: string) =>
    figure(id).querySelector<HTMLInputElement>('input[data-pair-link-toggle]')!;
  const prose = () => document.querySelector<HTMLElement>('[data-pair-quantity]')!;

  it('an edit in a linked widget comes back in every widget of the pair and in the prose', async () => {
    forgetKeptWidgetStates();
    await visit('/lessons/cross-entropy/', lesson);
    const q = [0.2, 0.3, 0.5];
    typeList('cross-entropy-explorer', q, 'q');
    await visit('/lessons/cross-entropy/', lesson);
    const expected = crossEntropy(link.p as number[], q);
    for (const id of ['cross-entropy-explorer', 'coding-game']) {
      expect(toggle(id).checked).toBe(true);
      expectClose(readoutValue(figure(id), 'cross-entropy'), expected, { rel: 1e-12 });
    }
    expectClose(Number(prose().dataset['bits']), expected, { rel: 1e-12 });
  });

  it('the link’s parameters in the URL win over the kept pair', async () => {
    await visit('/lessons/cross-entropy/', lesson);
    typeList('cross-entropy-explorer', [0.2, 0.3, 0.5], 'q');
    const q = [0.6, 0.2, 0.2];
    await visit(`/lessons/cross-entropy/?pair.q=${q.join(',')}`, lesson);
    for (const id of ['cross-entropy-explorer', 'coding-game'])
      expectClose(readoutValue(figure(id), 'cross-entropy'), crossEntropy(link.p as number[], q), {
        rel: 1e-12,
      });
  });

  it('a widget left unlinked with a pair of its own comes back unlinked with it', async () => {
    forgetKeptWidgetStates();
    await visit('/lessons/cross-entropy/', lesson);
    const box = toggle('coding-game');
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    const own = [0.4, 0.4, 0.2];
    typeList('coding-game', own, 'q');
    await visit('/lessons/cross-entropy/', lesson);
    expect(toggle('coding-game').checked).toBe(false);
    expect(toggle('cross-entropy-explorer').checked).toBe(true);
    expectClose(
      readoutValue(figure('coding-game'), 'cross-entropy'),
      crossEntropy(link.p as number[], own),
      { rel: 1e-12 },
    );
    expectClose(
      readoutValue(figure('cross-entropy-explorer'), 'cross-entropy'),
      crossEntropy(link.p as number[], link.q as number[]),
      { rel: 1e-12 },
    );
  });
});
