import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { entropy } from '../../../../src/lib/index.ts';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import { setUnit } from '../../../../src/components/kit/unit.ts';
import EntropyExplorer from '../../../../src/components/widgets/entropy-explorer/EntropyExplorer.astro';
import { entropyExplorerModel } from '../../../../src/components/widgets/entropy-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/entropy-explorer/client.ts');
});
afterAll(() => removeDom());
afterEach(() => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

const boxes = (figure: HTMLElement): HTMLInputElement[] => [
  ...figure.querySelectorAll<HTMLInputElement>('input[data-outcome-number]'),
];
const alertText = (figure: HTMLElement): string =>
  figure.querySelector('[role="alert"]')?.textContent ?? '';
const defaults = entropyExplorerModel.defaults.p;

describe('<entropy-explorer-widget> in the page', () => {
  it('hydrates with the server state and draws a chart', async () => {
    const figure = await mountWidget(EntropyExplorer);
    expect(figure.querySelector('[data-hydrated="true"]')).not.toBeNull();
    expectClose(readoutValue(figure, 'entropy'), entropy(defaults), { rel: 1e-15 });
    expect(figure.querySelector('[data-chart] svg')).not.toBeNull();
  });

  it('typing text shows role=alert and keeps the previous readout', async () => {
    const figure = await mountWidget(EntropyExplorer);
    const before = readoutValue(figure, 'entropy');
    typeInto(boxes(figure)[0]!, 'abc');
    expect(alertText(figure)).toContain('p(1) is empty or not a number');
    expect(readoutValue(figure, 'entropy')).toBe(before);
  });

  it('a list that stops summing to 1 is refused with its sum; Normalise fixes it', async () => {
    const figure = await mountWidget(EntropyExplorer);
    const before = readoutValue(figure, 'entropy');
    typeInto(boxes(figure)[0]!, '0.9');
    expect(alertText(figure)).toContain('sum to');
    expect(readoutValue(figure, 'entropy')).toBe(before);
    expect(boxes(figure)[0]!.value).toBe('0.9');
    figure.querySelector<HTMLButtonElement>('[data-normalise]')!.click();
    expect(alertText(figure)).toBe('');
    const total = 0.9 + defaults[1]! + defaults[2]!;
    expectClose(
      readoutValue(figure, 'entropy'),
      entropy([0.9 / total, defaults[1]! / total, defaults[2]! / total]),
      {
        rel: 1e-12,
      },
    );
  });

  it('valid typed values update the readout to the library value', async () => {
    const figure = await mountWidget(EntropyExplorer);
    const [first, second, third] = boxes(figure);
    typeInto(first!, '0.2');
    typeInto(second!, '0.3');
    typeInto(third!, '0.5');
    expect(alertText(figure)).toBe('');
    expectClose(readoutValue(figure, 'entropy'), entropy([0.2, 0.3, 0.5]), { rel: 1e-12 });
  });

  it('a slider moves one probability and rescales the others', async () => {
    const figure = await mountWidget(EntropyExplorer);
    typeInto(figure.querySelector<HTMLInputElement>('input[data-outcome-range]')!, '0.7');
    expectClose(readoutValue(figure, 'entropy'), entropy(rescaleOthers(defaults, 0, 0.7)), {
      rel: 1e-12,
    });
  });

  it('Add outcome adds a row and updates max-entropy', async () => {
    const figure = await mountWidget(EntropyExplorer);
    figure.querySelector<HTMLButtonElement>('[data-add-outcome]')!.click();
    expect(boxes(figure)).toHaveLength(defaults.length + 1);
    expectClose(readoutValue(figure, 'max-entropy'), Math.log2(defaults.length + 1), {
      rel: 1e-12,
    });
    expect(document.getElementById('entropy-explorer-readout-max-entropy')?.textContent).toContain(
      `${defaults.length + 1} outcomes`,
    );
    expect(figure.querySelector(`#entropy-explorer-p-${defaults.length}-label`)?.textContent).toBe(
      `p(${defaults.length + 1})`,
    );
  });

  it('restores its state from the URL with no interaction', async () => {
    const figure = await mountWidget(EntropyExplorer, {
      url: '/lessons/entropy/?entropy-explorer.p=0.1,0.2,0.3,0.4',
    });
    expectClose(readoutValue(figure, 'entropy'), entropy([0.1, 0.2, 0.3, 0.4]), { rel: 1e-12 });
    expect(boxes(figure).map((box) => box.value)).toEqual(['0.1', '0.2', '0.3', '0.4']);
  });

  it('hostile params are listed as text in a notice and the widget stays drawn', async () => {
    const hostile = new URLSearchParams();
    hostile.set('entropy-explorer.p', '<script>alert(1)</script>');
    hostile.set('entropy-explorer.zzz', 'x'.repeat(10_000));
    const figure = await mountWidget(EntropyExplorer, { url: `/lessons/entropy/?${hostile}` });
    const notice = figure.querySelector<HTMLElement>('[data-notice]')!;
    expect(notice.hidden).toBe(false);
    expect(notice.querySelector('script')).toBeNull();
    expect(notice.textContent).toContain('<script>alert(1)</script>');
    expect(notice.textContent).toContain('entropy-explorer.zzz');
    expect(notice.textContent!.length).toBeLessThan(400);
    expectClose(readoutValue(figure, 'entropy'), entropy(defaults), { rel: 1e-15 });
    expect(figure.querySelector('[data-chart] svg')).not.toBeNull();
  });

  it.each([
    ['entropy-explorer.p', 'NaN,1'],
    ['entropy-explorer.p', '1e999,0'],
    ['entropy-explorer.p', '-1,2'],
    ['entropy-explorer.p', '0.5'],
    ['entropy-explorer.p', '0.1,'.repeat(3_000)],
    ['entropy-explorer.zzz', '1'],
  ])('ignores %s=%s with a notice and keeps the default state drawn', async (key, value) => {
    const figure = await mountWidget(EntropyExplorer, {
      url: `/lessons/entropy/?${new URLSearchParams({ [key]: value })}`,
    });
    expect(figure.querySelector<HTMLElement>('[data-notice]')?.hidden).toBe(false);
    expect(figure.querySelector('[data-notice] li')?.textContent).toContain(key);
    expectClose(readoutValue(figure, 'entropy'), entropy(defaults), { rel: 1e-15 });
    expect(figure.querySelector('[data-chart] svg')).not.toBeNull();
  });

  it('follows the site unit', async () => {
    const figure = await mountWidget(EntropyExplorer);
    setUnit('nats');
    const output = figure.querySelector<HTMLOutputElement>('output[data-readout="entropy"]')!;
    expect(output.dataset['unit']).toBe('nats');
    expectClose(readoutValue(figure, 'entropy'), entropy(defaults, { base: Math.E }), {
      rel: 1e-15,
    });
    expect(output.textContent).toMatch(/ nats$/);
    setUnit('bits');
  });

  it('Copy link copies the state with the section anchor and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const figure = await mountWidget(EntropyExplorer, {
      url: '/lessons/entropy/?entropy-explorer.p=0.25,0.75',
    });
    figure.querySelector<HTMLButtonElement>('[data-copy-link]')!.click();
    await vi.waitFor(() =>
      expect(figure.querySelector('[data-copy-status]')?.textContent).toBe('Link copied'),
    );
    expect(writeText).toHaveBeenCalledWith(
      'http://localhost:3000/lessons/entropy/?entropy-explorer.p=0.25,0.75#section-a',
    );
  });

  it('without a clipboard, shows the link in a field to copy', async () => {
    vi.stubGlobal('navigator', {});
    const figure = await mountWidget(EntropyExplorer);
    figure.querySelector<HTMLButtonElement>('[data-copy-link]')!.click();
    const field = figure.querySelector<HTMLInputElement>('[data-copy-fallback]')!;
    await vi.waitFor(() => expect(field.hidden).toBe(false));
    expect(field.value).toContain('entropy-explorer.p=');
  });
});
