/** Build-time drawing of a cell's chart: {@link drawPlot} into a jsdom document, as HTML. */
import { JSDOM } from 'jsdom';
import { escapeHtml } from './output-html.ts';
import type { PlotSpec } from './plot-stand-in.ts';
import { drawPlot } from './plot-draw.ts';

let sharedDocument: Document | undefined;

export function plotHtml(spec: PlotSpec): string {
  const document = (sharedDocument ??= new JSDOM('<!doctype html><body></body>').window.document);
  try {
    return drawPlot(spec, document).outerHTML;
  } catch (error) {
    return `<p class="cell-error" role="alert">Plot: ${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`;
  }
}
