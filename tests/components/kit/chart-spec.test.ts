import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readScales } from '../../../src/components/kit/chart-scales.ts';
import {
  steppedTop,
  structureKey,
  type ChartSpec,
} from '../../../src/components/kit/chart-spec.ts';
import { updateChart } from '../../../src/components/kit/chart-update.ts';
import { drawChart } from '../../../src/components/kit/plot-render.ts';

const document = new JSDOM('<!doctype html><body></body>').window.document;

const bars = (p: number[]): ChartSpec => ({
  x: { type: 'band' },
  y: { domain: [0, 1] },
  marks: [
    {
      type: 'barY',
      name: 'p',
      rows: p.map((y2, i) => ({ x: i + 1, y1: 0, y2 })),
      style: { tone: 'p' },
    },
  ],
});

describe('steppedTop', () => {
  it('steppedTop(v) is the least step 1, 1.5, 2, 3, 4, 6, 8 (× a power of ten) at or above v', () => {
    expect([0.09, 0.1, 0.11, 0.42, 1, 1.2, 2.5, 7.9, 9, 31].map(steppedTop)).toEqual([
      0.1, 0.1, 0.15, 0.6, 1, 1.5, 3, 8, 10, 40,
    ]);
  });
  it('steppedTop of 0, a negative, NaN or ∞ is 1', () => {
    expect([0, -2, Number.NaN, Infinity].map(steppedTop)).toEqual([1, 1, 1, 1]);
  });
});

describe('structureKey', () => {
  it('changes with the number of bars but not with their heights', () => {
    expect(structureKey(bars([0.2, 0.8]))).toBe(structureKey(bars([0.6, 0.4])));
    expect(structureKey(bars([0.2, 0.8]))).not.toBe(structureKey(bars([0.2, 0.3, 0.5])));
  });
});

describe('scales recorded on the drawn SVG', () => {
  it('map values to chart units and back, as Plot drew them', () => {
    const svg = drawChart(bars([0.5, 0.5]), document);
    const { y } = readScales(svg);
    const bar = svg.querySelector('g.mark-p rect')!;
    const top = Number(bar.getAttribute('y'));
    expect(y!.apply(0.5)).toBeCloseTo(top, 6);
    expect(y!.invert(top)).toBeCloseTo(0.5, 9);
  });
});

describe('updateChart', () => {
  it('refuses (returns false) when the drawn marks do not fit the spec', () => {
    const svg = drawChart(bars([0.5, 0.5]), document);
    expect(updateChart(svg, bars([0.2, 0.3, 0.5]), readScales(svg))).toBe(false);
  });
});
