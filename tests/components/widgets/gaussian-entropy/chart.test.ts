// What the gaussian-entropy chart draws, read back from the rendered SVG: the vertices of its
// curve, mapped back to data through the chart's own scales, are the N(0, σ²) density from
// src/lib, and the drawn curve encloses an area of 1 where the window holds all the mass.
import type * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gaussianLogPdf, integrate } from '../../../../src/lib/index.ts';
import { drawChart } from '../../../../src/components/kit/plot-render.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { gaussianEntropyChart } from '../../../../src/components/widgets/gaussian-entropy/chart.ts';
import { gaussianEntropyModel } from '../../../../src/components/widgets/gaussian-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const WINDOW = 8;
const document = new JSDOM('<!doctype html><body></body>').window.document;

interface DrawnCurve {
  /** The curve's vertices in data units (x, density). */
  points: { x: number; y: number }[];
  /** The data-unit size of the rounding Plot applies to pixel coordinates (3 decimals). */
  pixelPrecision: { x: number; y: number };
}

/** The outlined density curve (the `p-line` mark) of the chart for σ, in data units. */
function drawnCurve(sigma: number): DrawnCurve {
  const readouts = readoutValues(gaussianEntropyModel.readouts({ sigma }, 'bits'));
  const svg = drawChart(
    gaussianEntropyChart.spec({ sigma }, 'bits', readouts),
    document,
  ) as SVGSVGElement & { scale(name: string): Plot.Scale | undefined };
  const d = svg.querySelector('g.mark-p-line path')?.getAttribute('d');
  if (!d) throw new Error('the chart draws no density line');
  const xScale = svg.scale('x')!;
  const yScale = svg.scale('y')!;
  const invert = (scale: Plot.Scale, pixel: number): number => Number(scale.invert!(pixel));
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => ({
    x: invert(xScale, Number(x)),
    y: invert(yScale, Number(y)),
  }));
  const precision = (scale: Plot.Scale): number =>
    Math.abs(invert(scale, 0.0005) - invert(scale, 0));
  return { points, pixelPrecision: { x: precision(xScale), y: precision(yScale) } };
}

const density = (x: number, sigma: number): number => Math.exp(gaussianLogPdf(x, 0, sigma));

/** Area under the drawn vertices (trapezoid rule). */
function area(points: readonly { x: number; y: number }[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    sum += ((a.y + b.y) / 2) * (b.x - a.x);
  }
  return sum;
}

describe('gaussian entropy chart', () => {
  it.each([0.05, 0.2, 1, 2.5, 5])(
    'σ = %s: the drawn curve is the N(0, σ²) density at 401 points from −8 to 8',
    (sigma) => {
      const { points, pixelPrecision } = drawnCurve(sigma);
      expect(points).toHaveLength(401);
      points.forEach((point, i) => {
        const x = -WINDOW + (2 * WINDOW * i) / 400;
        expectClose(point.x, x, { abs: pixelPrecision.x });
        expectClose(point.y, density(x, sigma), { abs: pixelPrecision.y });
      });
    },
  );

  it.each([0.3, 1, 1.3, 2])(
    'σ = %s: the drawn density encloses an area of 1 (the window holds the mass)',
    (sigma) => {
      expectClose(area(drawnCurve(sigma).points), 1, { abs: 1e-3 });
    },
  );

  it('σ = 5: the drawn area is the mass the window holds, less than 1', () => {
    const mass = integrate((x) => density(x, 5), -WINDOW, WINDOW);
    expect(mass).toBeLessThan(0.9);
    expectClose(area(drawnCurve(5).points), mass, { abs: 1e-3 });
  });
});
