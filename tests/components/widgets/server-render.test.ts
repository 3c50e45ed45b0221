import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  binaryEntropy,
  entropy,
  gaussianEntropy,
  jointEntropy,
  mutualInformation,
} from '../../../src/lib/index.ts';
import BinaryEntropy from '../../../src/components/widgets/binary-entropy/BinaryEntropy.astro';
import EntropyExplorer from '../../../src/components/widgets/entropy-explorer/EntropyExplorer.astro';
import JointEntropy from '../../../src/components/widgets/joint-entropy/JointEntropy.astro';
import GaussianEntropy from '../../../src/components/widgets/gaussian-entropy/GaussianEntropy.astro';
import Quantity from '../../../src/components/kit/Quantity.astro';
import { formatQuantity } from '../../../src/components/kit/format.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { renderWidgetHtml } from './mount-widget.ts';

async function renderedFigure(...args: Parameters<typeof renderWidgetHtml>): Promise<HTMLElement> {
  const { document } = new JSDOM(await renderWidgetHtml(...args)).window;
  const figure = document.querySelector<HTMLElement>('figure[data-widget]');
  if (!figure) throw new Error('no figure');
  return figure;
}

function output(figure: HTMLElement, name: string): HTMLOutputElement {
  const found = figure.querySelector<HTMLOutputElement>(`output[data-readout="${name}"]`);
  if (!found) throw new Error(`no readout ${name}`);
  return found;
}

function expectAccessibleChart(figure: HTMLElement): void {
  const svg = figure.querySelector('[data-chart] svg');
  expect(svg).not.toBeNull();
  expect(svg!.getAttribute('width')).toMatch(/^\d+$/);
  expect(svg!.getAttribute('height')).toMatch(/^\d+$/);
  expect(svg!.querySelector('style')).toBeNull();
  expect(svg!.querySelectorAll('g[aria-label]:not([role="group"])')).toHaveLength(0);
  const description = figure.ownerDocument.getElementById(
    svg!.getAttribute('aria-labelledby') ?? '',
  );
  expect(description?.textContent?.length).toBeGreaterThan(20);
}

describe('server render', () => {
  it('entropy explorer: figure, caption, readouts equal to src/lib, an SVG chart', async () => {
    const p = [0.2, 0.3, 0.5];
    const figure = await renderedFigure(EntropyExplorer, { p, id: 'coin-and-die' });
    expect(figure.id).toBe('coin-and-die');
    expect(figure.dataset['widget']).toBe('entropy-explorer');
    expect(figure.querySelector('figcaption')?.textContent?.length).toBeGreaterThan(0);
    expectClose(Number(output(figure, 'entropy').dataset['value']), entropy(p), { rel: 1e-15 });
    expectClose(Number(output(figure, 'max-entropy').dataset['value']), Math.log2(3), {
      rel: 1e-12,
    });
    expect(output(figure, 'entropy').dataset['unit']).toBe('bits');
    expect(figure.querySelector('[aria-live="polite"] output')).not.toBeNull();
    expect(figure.querySelectorAll('input[type="range"][step="0.01"]')).toHaveLength(3);
    expect(figure.querySelectorAll('input[type="number"][step="0.001"]')).toHaveLength(3);
    expect(figure.querySelector('entropy-explorer-widget')?.getAttribute('data-initial')).toBe(
      'coin-and-die.p=0.2%2C0.3%2C0.5',
    );
    expectAccessibleChart(figure);
  });

  it('binary entropy: readout equal to src/lib and a chart', async () => {
    const figure = await renderedFigure(BinaryEntropy, { p: 0.11 });
    expectClose(Number(output(figure, 'entropy').dataset['value']), binaryEntropy(0.11), {
      rel: 1e-15,
    });
    expectAccessibleChart(figure);
  });

  it('gaussian entropy: readout equal to src/lib (negative allowed) and a chart', async () => {
    const figure = await renderedFigure(GaussianEntropy, { sigma: 0.1 });
    expectClose(Number(output(figure, 'entropy').dataset['value']), gaussianEntropy(0.1), {
      rel: 1e-15,
    });
    expectAccessibleChart(figure);
  });

  it('joint entropy: readouts equal to src/lib, the table picture, a labelled input per cell', async () => {
    const joint = [0.4, 0.1, 0.1, 0.4];
    const table = [
      [0.4, 0.1],
      [0.1, 0.4],
    ];
    const figure = await renderedFigure(JointEntropy, { joint, rows: 2 });
    expect(figure.dataset['widget']).toBe('joint-entropy');
    expectClose(Number(output(figure, 'joint-entropy').dataset['value']), jointEntropy(table), {
      rel: 1e-15,
    });
    expectClose(
      Number(output(figure, 'mutual-information').dataset['value']),
      mutualInformation(table),
      { rel: 1e-15 },
    );
    expect(figure.querySelectorAll('input[type="range"]')).toHaveLength(4);
    expect(figure.querySelector('label[for="joint-entropy-p-3-range"]')?.textContent?.trim()).toBe(
      'p(x=2, y=2)',
    );
    const picture = figure.querySelector('[data-joint-table] svg');
    expect(picture?.querySelectorAll('g.mark-joint rect')).toHaveLength(4);
    expect(figure.querySelector('[data-marginals]')?.textContent).toBe(
      'p(x): 0.5, 0.5 · p(y): 0.5, 0.5',
    );
    expect(figure.querySelector('joint-entropy-widget')?.getAttribute('data-initial')).toBe(
      'joint-entropy.joint=0.4%2C0.1%2C0.1%2C0.4&joint-entropy.rows=2',
    );
    expectAccessibleChart(figure);
  });

  it('joint entropy: a list that does not fit its rows fails the render', async () => {
    await expect(
      renderWidgetHtml(JointEntropy, { joint: [0.2, 0.2, 0.2, 0.2, 0.2], rows: 2 }),
    ).rejects.toThrow(/do not split into 2 equal rows/);
  });

  it('every widget has an alert region, a hidden notice and a Copy link button', async () => {
    for (const component of [EntropyExplorer, BinaryEntropy, GaussianEntropy, JointEntropy]) {
      const figure = await renderedFigure(component);
      expect(figure.querySelector('[role="alert"][data-alert]')).not.toBeNull();
      expect(figure.querySelector<HTMLElement>('[data-notice]')?.hidden).toBe(true);
      expect(figure.querySelector('button[data-copy-link]')?.textContent).toBe('Copy link');
    }
  });

  it('an invalid prop fails the render with a message naming it', async () => {
    await expect(renderWidgetHtml(EntropyExplorer, { p: [0.5, 0.6] })).rejects.toThrow(
      /prop "p" probabilities sum to/,
    );
    await expect(renderWidgetHtml(GaussianEntropy, { sigma: 0 })).rejects.toThrow(
      /prop "sigma" must be in/,
    );
  });
});

describe('Quantity', () => {
  it('renders a prose number from src/lib with its full value in data-bits', async () => {
    const bits = entropy([0.25, 0.5, 0.25]);
    const { document } = new JSDOM(await renderWidgetHtml(Quantity, { bits })).window;
    const span = document.querySelector<HTMLElement>('span[data-quantity]');
    expect(span?.dataset['bits']).toBe(String(bits));
    expect(span?.textContent).toBe(formatQuantity(bits, 'bits'));
  });
});
