import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gaussianKl } from '../../../../src/lib/index.ts';
import GaussianKl from '../../../../src/components/widgets/gaussian-kl/GaussianKl.astro';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPoint } from '../pointer.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/gaussian-kl/client.ts');
});
afterAll(() => removeDom());

const box = (figure: HTMLElement, name: string): HTMLInputElement =>
  figure.querySelector<HTMLInputElement>(
    `[data-scalar-control="${name}"] input[data-scalar-number]`,
  )!;

describe('<gaussian-kl-widget> in the page', () => {
  it('restores all four parameters from the URL', async () => {
    const figure = await mountWidget(GaussianKl, {
      url: '/lessons/kl-divergence/?gaussian-kl.mu1=1&gaussian-kl.sigma1=0.5&gaussian-kl.mu2=-2&gaussian-kl.sigma2=3',
    });
    expectClose(readoutValue(figure, 'kl-pq'), gaussianKl(1, 0.5, -2, 3), { rel: 1e-15 });
    expectClose(readoutValue(figure, 'kl-qp'), gaussianKl(-2, 3, 1, 0.5), { rel: 1e-15 });
    expectClose(readoutValue(figure, 'kl-numeric'), gaussianKl(1, 0.5, -2, 3), { rel: 1e-8 });
  });

  it('σ = 0 and text show role=alert and keep the last state; a valid σ updates', async () => {
    const figure = await mountWidget(GaussianKl);
    const before = readoutValue(figure, 'kl-pq');
    for (const raw of ['0', 'abc']) {
      typeInto(box(figure, 'sigma2'), raw);
      expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(
        /^Standard deviation σ₂ of q /,
      );
      expect(readoutValue(figure, 'kl-pq')).toBe(before);
    }
    typeInto(box(figure, 'sigma2'), '1');
    expectClose(readoutValue(figure, 'kl-pq'), gaussianKl(0, 1, 1, 1), { rel: 1e-15 });
  });

  it('a press where q’s peak and p’s width handle overlap takes the nearer one', async () => {
    // By default p's width handle (μ₁ + σ₁ = 1) sits just above q's peak (μ₂ = 1).
    const figure = await mountWidget(GaussianKl);
    dragPoint(
      figure,
      'p-handles',
      1,
      { x: 1.5, y: 0.2 },
      { pressZone: { mark: 'q-handles', index: 0 } },
    );
    expect(box(figure, 'sigma1').value).toBe('1.5');
    expect(box(figure, 'mu2').value).toBe('1');
  });

  it('dragging p’s peak moves μ₁ and q’s width handle sets σ₂; the controls follow', async () => {
    const figure = await mountWidget(GaussianKl);
    const range = (name: string) =>
      figure.querySelector<HTMLInputElement>(
        `[data-scalar-control="${name}"] input[type="range"]`,
      )!;
    dragPoint(figure, 'p-handles', 0, { x: -2.004, y: 0.3 });
    expect(box(figure, 'mu1').value).toBe('-2');
    expect(range('mu1').value).toBe('-2');
    dragPoint(figure, 'q-handles', 1, { x: 1 + 0.756, y: 0.1 });
    expect(box(figure, 'sigma2').value).toBe('0.76');
    expectClose(readoutValue(figure, 'kl-pq'), gaussianKl(-2, 1, 1, 0.76), { rel: 1e-15 });
    expectClose(readoutValue(figure, 'kl-qp'), gaussianKl(1, 0.76, -2, 1), { rel: 1e-15 });
    const [peak, width] = figure.querySelectorAll<SVGCircleElement>('g.mark-q-handles circle');
    expect(Number(width!.getAttribute('cx')) - Number(peak!.getAttribute('cx'))).toBeGreaterThan(0);
  });
});
