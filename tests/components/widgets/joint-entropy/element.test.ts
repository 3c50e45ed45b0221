import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  conditionalEntropy,
  entropy,
  marginals,
  mutualInformation,
} from '../../../../src/lib/index.ts';
import { readScales } from '../../../../src/components/kit/chart-scales.ts';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import { setUnit } from '../../../../src/components/kit/unit.ts';
import JointEntropy from '../../../../src/components/widgets/joint-entropy/JointEntropy.astro';
import {
  jointEntropyModel,
  tableOf,
} from '../../../../src/components/widgets/joint-entropy/model.ts';
import { TABLE_MARK } from '../../../../src/components/widgets/joint-entropy/table-spec.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/joint-entropy/client.ts');
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
const defaults = jointEntropyModel.defaults;
const url = '/lessons/mutual-information/';

function expectReadoutsOf(figure: HTMLElement, joint: number[], rows: number, base = 2): void {
  const table = tableOf({ joint, rows });
  const { x, y } = marginals(table);
  const tolerance = { rel: 1e-12, abs: 1e-15 };
  expectClose(readoutValue(figure, 'entropy-x'), entropy(x, { base }), tolerance);
  expectClose(readoutValue(figure, 'entropy-y'), entropy(y, { base }), tolerance);
  expectClose(
    readoutValue(figure, 'conditional-x-given-y'),
    conditionalEntropy(table, 'y', { base }),
    tolerance,
  );
  expectClose(
    readoutValue(figure, 'mutual-information'),
    mutualInformation(table, { base }),
    tolerance,
  );
}

/** The table picture's SVG at its intrinsic size (jsdom does no layout). */
function tableSvg(figure: HTMLElement): SVGSVGElement {
  const svg = figure.querySelector<SVGSVGElement>('[data-joint-table] svg')!;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  svg.getBoundingClientRect = () =>
    ({ left: 0, top: 0, x: 0, y: 0, width, height, right: width, bottom: height }) as DOMRect;
  return svg;
}

const pointer = (type: string, clientY: number) =>
  new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    pointerId: 3,
    pointerType: 'touch',
    button: 0,
    clientX: 0,
    clientY,
  });

describe('<joint-entropy-widget> in the page', () => {
  it('hydrates with the server state: readouts from src/lib, cells labelled by x and y', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    expect(figure.querySelector('[data-hydrated="true"]')).not.toBeNull();
    expectReadoutsOf(figure, defaults.joint, defaults.rows);
    const labels = [...figure.querySelectorAll('[data-outcome-label]')].map((l) => l.textContent);
    expect(labels[0]).toBe('p(x=1, y=1)');
    expect(labels[5]).toBe('p(x=2, y=3)');
    expect(figure.querySelector('[data-add-outcome]')).toBeNull();
  });

  it('a slider sets one cell and rescales the others; the marginals line follows', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    const range = figure.querySelectorAll<HTMLInputElement>('input[data-outcome-range]')[4]!;
    typeInto(range, '0.6');
    const joint = rescaleOthers(defaults.joint, 4, 0.6);
    expectReadoutsOf(figure, joint, 2);
    const { y } = marginals(tableOf({ joint, rows: 2 }));
    expect(figure.querySelector('[data-marginals]')?.textContent).toContain(
      `p(y): ${y.map((v) => Number(v.toPrecision(3))).join(', ')}`,
    );
  });

  it('typed cells that stop summing to 1 are refused; Normalise fixes them', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    const before = readoutValue(figure, 'mutual-information');
    typeInto(boxes(figure)[0]!, '0.5');
    expect(alertText(figure)).toContain('sum to');
    expect(readoutValue(figure, 'mutual-information')).toBe(before);
    typeInto(boxes(figure)[4]!, 'abc');
    expect(alertText(figure)).toContain('p(x=2, y=2) is empty or not a number');
    typeInto(boxes(figure)[4]!, String(defaults.joint[4]));
    figure.querySelector<HTMLButtonElement>('[data-normalise]')!.click();
    expect(alertText(figure)).toBe('');
    const raw = [0.5, ...defaults.joint.slice(1)];
    const total = raw.reduce((a, b) => a + b, 0);
    expectReadoutsOf(
      figure,
      raw.map((v) => v / total),
      2,
    );
  });

  it('Independent table sends I(X;Y) to 0; Perfectly dependent sends it to H(X)', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    const hx = readoutValue(figure, 'entropy-x');
    figure.querySelector<HTMLButtonElement>('[data-independent]')!.click();
    expectClose(readoutValue(figure, 'mutual-information'), 0, { abs: 1e-15 });
    expectClose(readoutValue(figure, 'entropy-x'), hx, { rel: 1e-12 });
    // Two rows, three columns: the diagonal keeps p(x), so I(X;Y) = H(X).
    figure.querySelector<HTMLButtonElement>('[data-dependent]')!.click();
    expectClose(readoutValue(figure, 'mutual-information'), hx, { rel: 1e-12 });
    expect(readoutValue(figure, 'conditional-y-given-x')).toBe(0);
  });

  it('dragging a cell’s bar sets that cell, as its slider does', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    const svg = tableSvg(figure);
    const y = readScales(svg).y!;
    const handle = svg.querySelectorAll(`g[data-handles="${TABLE_MARK}"] .chart-handle`)[3]!;
    const bar = svg.querySelectorAll(`g.mark-${TABLE_MARK} rect`)[3]!;
    handle.dispatchEvent(pointer('pointerdown', Number(bar.getAttribute('y'))));
    const holder = svg.closest('[data-joint-table]')!;
    holder.dispatchEvent(pointer('pointermove', y.apply(0.5)));
    holder.dispatchEvent(pointer('pointerup', y.apply(0.5)));
    const joint = rescaleOthers(defaults.joint, 3, 0.5);
    expectReadoutsOf(figure, joint, 2);
    expect(boxes(figure)[3]!.value).toBe('0.5');
    const drawn = [...svg.querySelectorAll(`g.mark-${TABLE_MARK} rect`)].map((r) =>
      y.invert(Number(r.getAttribute('y'))),
    );
    drawn.forEach((value, k) => expectClose(value, joint[k]!, { abs: 1e-3 }));
  });

  it('a link sets a 3 × 2 table: cells relabelled, readouts from src/lib', async () => {
    const joint = [0.2, 0.1, 0.1, 0.2, 0.25, 0.15];
    const figure = await mountWidget(JointEntropy, {
      url: `${url}?joint-entropy.joint=${joint.join(',')}&joint-entropy.rows=3`,
    });
    expectReadoutsOf(figure, joint, 3);
    const labels = [...figure.querySelectorAll('[data-outcome-label]')].map((l) => l.textContent);
    expect(labels).toEqual([
      'p(x=1, y=1)',
      'p(x=1, y=2)',
      'p(x=2, y=1)',
      'p(x=2, y=2)',
      'p(x=3, y=1)',
      'p(x=3, y=2)',
    ]);
  });

  it('a link whose list does not fit its rows is ignored with a notice', async () => {
    const figure = await mountWidget(JointEntropy, {
      url: `${url}?joint-entropy.joint=0.2,0.2,0.2,0.2,0.2&joint-entropy.rows=2`,
    });
    expectReadoutsOf(figure, defaults.joint, defaults.rows);
    const notice = figure.querySelector<HTMLElement>('[data-notice]')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('joint-entropy.joint');
  });

  it('follows the site unit: nats readouts from src/lib', async () => {
    const figure = await mountWidget(JointEntropy, { url });
    setUnit('nats');
    expectReadoutsOf(figure, defaults.joint, defaults.rows, Math.E);
    expect(figure.querySelector('output[data-readout="joint-entropy"]')?.textContent).toContain(
      'nats',
    );
    setUnit('bits');
  });
});
