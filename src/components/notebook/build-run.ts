/**
 * The build's run of a page's cells: one {@link Notebook} per page render (keyed by the
 * render's `Request`), so cells see the names of the cells above them, as in the browser.
 * Cells render in page order (each `Cell.astro` runs its cell synchronously, before its first
 * `await`), so the scope is built in the same order as the reader's. `widget('ID')` reads, at
 * build time, the states the cell is given (the widgets' first states, as the page renders them).
 */
import { Notebook } from './notebook.ts';
import { outputsHtml } from './output-html.ts';
import { plotHtml } from './plot-draw-ssr.ts';
import { stripTypes } from './type-strip.ts';

const notebooks = new WeakMap<object, Notebook>();

export interface BuiltCell {
  readonly html: string;
  readonly ok: boolean;
}

/** The output HTML of `code` run after the cells rendered before it on the same page. */
export function buildCellOutput(
  page: object,
  id: string,
  code: string,
  widgets: Readonly<Record<string, unknown>> = {},
): BuiltCell {
  let notebook = notebooks.get(page);
  if (!notebook) notebooks.set(page, (notebook = new Notebook()));
  const result = notebook.runSync(id, code, {
    widgets,
    widgetIds: Object.keys(widgets),
    stripTypes,
  });
  return { html: outputsHtml(result.outputs, result.error, plotHtml), ok: !result.error };
}
