import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { surprisal } from '../../../src/lib/index.ts';
import BinaryEntropy from '../../../src/components/widgets/binary-entropy/BinaryEntropy.astro';
import EntropyExplorer from '../../../src/components/widgets/entropy-explorer/EntropyExplorer.astro';
import GaussianEntropy from '../../../src/components/widgets/gaussian-entropy/GaussianEntropy.astro';
import Surprise from '../../../src/components/widgets/surprise/Surprise.astro';
import { WIDGET_STATE_PREFIX } from '../../../src/components/kit/widget-memory.ts';
import { installDom } from './dom.ts';
import { renderWidgetHtml } from './mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(() => {
  removeDom = installDom();
});
afterAll(() => removeDom());

describe('loader', () => {
  it('hydrates at once the widget the URL addresses, leaves the other, and notices stray ids on the first widget', async () => {
    window.history.replaceState(
      null,
      '',
      '/lessons/entropy/?binary-entropy.p=0.2&nosuchwidget.p=%3Cb%3E',
    );
    document.body.innerHTML =
      (await renderWidgetHtml(EntropyExplorer)) + (await renderWidgetHtml(BinaryEntropy));
    await import('../../../src/components/kit/loader.ts');
    const [first, second] = document.querySelectorAll<HTMLElement>('figure[data-widget]');
    expect(first?.querySelector('[data-notice]')?.textContent).toContain(
      '“nosuchwidget.p=<b>”: no widget with that id',
    );
    await vi.waitFor(() => expect(second?.querySelector('[data-hydrated="true"]')).not.toBeNull());
    expect(first?.querySelector('[data-hydrated]')).toBeNull();
  });

  it('a button clicked before the widget is live is clicked again once it is', async () => {
    const first = document.querySelector<HTMLElement>('figure[data-widget="entropy-explorer"]')!;
    const rows = (): number => first.querySelectorAll('[data-outcome-row]').length;
    const before = rows();
    first.querySelector<HTMLButtonElement>('[data-add-outcome]')!.click();
    await vi.waitFor(() => expect(rows()).toBe(before + 1));
  });

  it('hydrates a widget (of a kind not loaded yet) on first focus inside it', async () => {
    document.body.innerHTML = await renderWidgetHtml(GaussianEntropy);
    expect(document.querySelector('[data-hydrated]')).toBeNull();
    const first = document.querySelector<HTMLElement>('figure[data-widget]')!;
    first.querySelector<HTMLInputElement>('input[type="range"]')!.focus();
    await vi.waitFor(() => expect(first.querySelector('[data-hydrated="true"]')).not.toBeNull());
  });

  it('hydrates at load a widget the reader left in a state, showing that state', async () => {
    window.history.replaceState(null, '', '/');
    document.body.innerHTML = await renderWidgetHtml(Surprise);
    window.localStorage.setItem(`${WIDGET_STATE_PREFIX}/:surprise`, 'surprise.p=0.1');
    // The loader's start runs when it is imported: import a fresh copy, as a new page would.
    vi.resetModules();
    await import('../../../src/components/kit/loader.ts');
    const root = document.querySelector<HTMLElement>('figure[data-widget]')!;
    await vi.waitFor(() => expect(root.querySelector('[data-hydrated="true"]')).not.toBeNull());
    const readout = root.querySelector<HTMLOutputElement>('output[data-readout="surprise"]');
    expect(Number(readout?.dataset['value'])).toBe(surprisal(0.1));
    window.localStorage.clear();
  });
});
