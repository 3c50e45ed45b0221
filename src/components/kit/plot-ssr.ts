/**
 * Build-time chart rendering: Plot draws into a jsdom document and the SVG is serialised into
 * the static HTML. Server-only (imports jsdom); the client draws with `chart-dom.ts` directly.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import type { PlotOptions } from '@observablehq/plot';
import { finishChart } from './chart-dom.ts';

let sharedDocument: Document | undefined;

/** SVG markup for `options`, finished like the live chart (see `finishChart`). */
export function renderChartSvg(options: PlotOptions, descriptionId: string): string {
  const document = (sharedDocument ??= new JSDOM('<!doctype html><body></body>').window.document);
  const chart = Plot.plot({ ...options, document });
  return finishChart(chart, descriptionId).outerHTML;
}
