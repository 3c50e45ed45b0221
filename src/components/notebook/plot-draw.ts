/**
 * A cell's recorded {@link PlotSpec} drawn by the real Observable Plot into `document` (the
 * page's, lazily imported, or jsdom's at build time): a `<figure>` whose caption and SVG label
 * say what the chart shows. Marks take no colour of their own, so they draw in `currentColor`
 * and follow the theme; `fill: 'p'`/`'q'` (or `stroke`) paints a mark in the site's p or q tone.
 */
import * as Plot from '@observablehq/plot';
import type { MarkCall, PlotSpec } from './plot-stand-in.ts';

const TONES: Record<string, string> = {
  p: 'var(--surprisal-p, currentColor)',
  q: 'var(--surprisal-q, currentColor)',
};

function toned(options: Record<string, unknown>): Record<string, unknown> {
  const out = { ...options };
  for (const key of ['fill', 'stroke'])
    if (typeof out[key] === 'string' && TONES[out[key]]) out[key] = TONES[out[key]];
  return out;
}

function rowCount(data: unknown): number {
  return Array.isArray(data) ? data.length : 0;
}

/** A short text alternative: the marks, their data size and the fields they map. */
export function describePlot(spec: PlotSpec): string {
  const own = spec.options['ariaLabel'] ?? spec.options['caption'] ?? spec.options['title'];
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  const marks = spec.marks.map((mark: MarkCall) => {
    const fields = ['x', 'y', 'fill', 'stroke']
      .filter((key) => typeof mark.options[key] === 'string')
      .map((key) => `${key}: ${String(mark.options[key])}`);
    return `${mark.mark} of ${rowCount(mark.data)} values${fields.length ? ` (${fields.join(', ')})` : ''}`;
  });
  return `Chart: ${marks.join('; ') || 'no marks'}`;
}

/** Draw `spec`; errors (options Plot refuses) come back as an Error for the cell to show. */
export function drawPlot(spec: PlotSpec, document: Document): HTMLElement {
  const label = describePlot(spec);
  // the label and caption are the figure's own (below), not Plot's
  const options = Object.fromEntries(
    Object.entries(spec.options).filter(
      ([key]) => !['caption', 'title', 'ariaLabel'].includes(key),
    ),
  );
  const marks = spec.marks.map((mark) => {
    const make = (Plot as unknown as Record<string, (d: unknown, o: unknown) => Plot.Markish>)[
      mark.mark
    ];
    if (!make) throw new Error(`Plot.${mark.mark} is not available`);
    return make(mark.data, toned(mark.options));
  });
  const svg = Plot.plot({
    ...options,
    marks,
    ariaLabel: label,
    document,
  } as Plot.PlotOptions) as Element;
  // Plot's <style> would be refused by the page's CSP (cell.css carries what it set: the font,
  // the colour); style attributes too (the widget kit's charts do the same, see chart-dom.ts).
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const styled of [svg, ...svg.querySelectorAll('[style]')]) styled.removeAttribute('style');
  svg.setAttribute('class', 'cell-plot-svg');
  svg.setAttribute('font-size', '12');
  // Plot labels each mark's <g>; an aria-label needs a role to be valid (as chart-dom.ts does).
  for (const group of svg.querySelectorAll('g[aria-label]')) group.setAttribute('role', 'group');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const figure = document.createElement('figure');
  figure.className = 'cell-plot';
  figure.append(svg);
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  figure.append(caption);
  return figure;
}
