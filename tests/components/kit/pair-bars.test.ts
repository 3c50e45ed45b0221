import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readScales } from '../../../src/components/kit/chart-scales.ts';
import { structureKey } from '../../../src/components/kit/chart-spec.ts';
import { draggedProbability } from '../../../src/components/kit/distribution-edits.ts';
import {
  describePairBars,
  PAIR_BAR_MARKS,
  PAIR_BARS_HEIGHT,
  pairBarsSpec,
} from '../../../src/components/kit/pair-bars-spec.ts';
import { renderChartSvg } from '../../../src/components/kit/plot-ssr.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const pair = { p: [0.5, 0.3, 0.2], q: [0.25, 0.5, 0.25] };

function drawn(spec = pairBarsSpec(pair)): SVGSVGElement {
  const { document } = new JSDOM(renderChartSvg(spec, 'description')).window;
  return document.querySelector('svg')!;
}

describe('pair bars spec', () => {
  it('names the bars with the widget’s symbols under each bar and in its text alternative', () => {
    const ticks = [...drawn(pairBarsSpec(pair, ['R', 'S'])).querySelectorAll('text')].map(
      (text) => text.textContent,
    );
    expect(ticks.filter((text) => text === 'R')).toHaveLength(3);
    expect(ticks.filter((text) => text === 'S')).toHaveLength(3);
    expect(ticks).not.toContain('p');
    expect(describePairBars(pair, ['R', 'S'])).toMatch(
      /^Paired bars of R \(solid\) and S .*1: R 0\.5, S 0\.25/,
    );
  });

  it('has one p bar and one q bar per outcome, side by side in its facet, on a [0, 1] axis', () => {
    const spec = pairBarsSpec(pair);
    expect(spec.y.domain).toEqual([0, 1]);
    expect(spec.fx?.domain).toEqual([1, 2, 3]);
    const [pBars, qBars] = spec.marks;
    expect(pBars).toMatchObject({ type: 'barY', name: PAIR_BAR_MARKS.p, style: { tone: 'p' } });
    expect(qBars).toMatchObject({
      type: 'barY',
      name: PAIR_BAR_MARKS.q,
      style: { tone: 'q', outline: true },
    });
    expect(pBars!.rows).toEqual(pair.p.map((y2, i) => ({ fx: i + 1, x: 'p', y1: 0, y2 })));
    expect(qBars!.rows).toEqual(pair.q.map((y2, i) => ({ fx: i + 1, x: 'q', y1: 0, y2 })));
  });

  it('keeps its structure while p and q change, and changes it with the number of outcomes', () => {
    const key = structureKey(pairBarsSpec(pair));
    expect(structureKey(pairBarsSpec({ p: [0.1, 0.1, 0.8], q: [1, 0, 0] }))).toBe(key);
    expect(structureKey(pairBarsSpec({ p: [0.5, 0.5], q: [0.5, 0.5] }))).not.toBe(key);
  });

  it('orders ten outcomes 1 … 10 (10 after 9, not after 1)', () => {
    const ten = Array.from({ length: 10 }, () => 0.1);
    const svg = drawn(pairBarsSpec({ p: ten, q: ten }));
    const labels = [...svg.querySelectorAll('g[aria-label="fx-axis tick label"] text')].map(
      (text) => text.textContent,
    );
    expect(labels).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('is drawn compact, at its own height', () => {
    expect(drawn().getAttribute('height')).toBe(String(PAIR_BARS_HEIGHT));
  });

  it('the text alternative lists p and q of every outcome', () => {
    expect(describePairBars(pair)).toBe(
      'Paired bars of p (solid) and q (outlined) over 3 outcomes: 1: p 0.5, q 0.25; ' +
        '2: p 0.3, q 0.5; 3: p 0.2, q 0.25.',
    );
  });
});

describe('pair bars drag mapping', () => {
  it('the drawn y scale maps a pointer at a bar top back to its probability, 1 at the top and 0 at the base', () => {
    const svg = drawn();
    const y = readScales(svg).y!;
    const bars = [...svg.querySelectorAll(`g.mark-${PAIR_BAR_MARKS.p} rect`)];
    bars.forEach((bar, i) =>
      expectClose(y.invert(Number(bar.getAttribute('y'))), pair.p[i]!, { abs: 1e-9 }),
    );
    const margins = pairBarsSpec(pair).margins!;
    expectClose(y.invert(margins.top!), 1, { abs: 1e-12 });
    expectClose(y.invert(PAIR_BARS_HEIGHT - margins.bottom!), 0, { abs: 1e-12 });
  });

  it('a dragged value is clamped to [0, 1] and kept to 0.001', () => {
    expect(draggedProbability(0.123456)).toBe(0.123);
    expect(draggedProbability(0.6999999)).toBe(0.7);
    expect(draggedProbability(-0.3)).toBe(0);
    expect(draggedProbability(1.4)).toBe(1);
  });
});
