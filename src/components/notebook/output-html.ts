/**
 * An {@link Output} as HTML text (escaped: a cell's strings never become markup), the same at
 * build time and in the page. Numbers are shown rounded (6 significant digits) with their full
 * value in `data-value` and `title`; a chart is drawn by `drawPlot` (given at build time), or
 * left as a `[data-cell-plot]` placeholder for the page to draw.
 */
import type { CellError } from './notebook.ts';
import type { Output } from './output.ts';
import type { PlotSpec } from './plot-stand-in.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A number for reading: integers as they are, others to 6 significant digits. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value).replace('-', '−');
  const abs = Math.abs(value);
  const text =
    abs !== 0 && (abs < 1e-4 || abs >= 1e15)
      ? value.toExponential(4).replace(/\.?0+e/, 'e')
      : String(Number(value.toPrecision(6)));
  return text.replaceAll('-', '−');
}

export type PlotDrawer = (spec: PlotSpec) => string;

function more(count: number): string {
  return count > 0 ? `<p class="cell-more">… and ${count} more</p>` : '';
}

function inline(output: Output, drawPlot: PlotDrawer | undefined): string {
  switch (output.kind) {
    case 'number':
      return `<data class="cell-number" value="${escapeHtml(String(output.value))}" data-value="${escapeHtml(String(output.value))}" title="${escapeHtml(String(output.value))}">${escapeHtml(formatNumber(output.value))}</data>`;
    case 'string':
      return `<span class="cell-string">${escapeHtml(JSON.stringify(output.value))}</span>`;
    case 'text':
      return `<span class="cell-text">${escapeHtml(output.value)}</span>`;
    case 'list':
      if (
        output.items.every(
          (item) => item.kind === 'number' || item.kind === 'text' || item.kind === 'string',
        )
      )
        return `<span class="cell-list">[${output.items.map((item) => inline(item, drawPlot)).join(', ')}${output.more > 0 ? `, … ${output.more} more` : ''}]</span>`;
      return `<ol class="cell-items" start="0">${output.items.map((item) => `<li>${inline(item, drawPlot)}</li>`).join('')}</ol>${more(output.more)}`;
    case 'record':
      return `<table class="cell-table"><tbody>${output.entries
        .map(
          ([key, value]) =>
            `<tr><th scope="row">${escapeHtml(key)}</th><td>${inline(value, drawPlot)}</td></tr>`,
        )
        .join('')}</tbody></table>${more(output.more)}`;
    case 'table':
      return `<div class="cell-scroll"><table class="cell-table"><thead><tr>${output.columns
        .map((column) => `<th scope="col">${escapeHtml(column)}</th>`)
        .join('')}</tr></thead><tbody>${output.rows
        .map(
          (row) => `<tr>${row.map((cell) => `<td>${inline(cell, drawPlot)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table></div>${more(output.more)}`;
    case 'plot':
      return drawPlot
        ? drawPlot(output.spec)
        : `<div data-cell-plot="${escapeHtml(JSON.stringify(output.spec))}">(drawing the chart…)</div>`;
  }
}

/** The HTML of a cell's outputs and error. */
export function outputsHtml(
  outputs: readonly Output[],
  error: CellError | undefined,
  drawPlot?: PlotDrawer,
): string {
  const parts = outputs.map(
    (output) => `<div class="cell-value">${inline(output, drawPlot)}</div>`,
  );
  if (error)
    parts.push(
      `<p class="cell-error" role="alert">${escapeHtml(error.name)}${error.line !== undefined ? ` (line ${error.line})` : ''}: ${escapeHtml(error.message)}</p>`,
    );
  if (parts.length === 0) parts.push('<p class="cell-empty">(no output)</p>');
  return parts.join('');
}
