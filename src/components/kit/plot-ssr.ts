/**
 * Build-time chart rendering: Plot draws into a jsdom document and the SVG is serialised into
 * the static HTML. Server-only (imports jsdom); the client draws with `chart-dom.ts` directly.
 */
import { JSDOM } from 'jsdom';
import { finishChart } from './chart-dom.ts';
import type { ChartSpec } from './chart-spec.ts';
import { drawChart } from './plot-render.ts';

let sharedDocument: Document | undefined;

/** SVG markup for `spec`, finished like the live chart (see `finishChart`). */
export function renderChartSvg(spec: ChartSpec, descriptionId: string): string {
  const document = (sharedDocument ??= new JSDOM('<!doctype html><body></body>').window.document);
  return finishChart(drawChart(spec, document), descriptionId).outerHTML;
}
