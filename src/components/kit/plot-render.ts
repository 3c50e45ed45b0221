/**
 * A `ChartSpec` drawn by Observable Plot: the only kit module that imports Plot. The build
 * renders every chart with it (`plot-ssr.ts`); the client imports it lazily, only when a
 * chart's structure changes (see `live-chart.ts`).
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { chartLayout } from './chart-layout.ts';
import { recordScales } from './chart-scales.ts';
import {
  structureKey,
  type ChartSpec,
  type MarkSpec,
  type MarkStyle,
  type ScaleSpec,
} from './chart-spec.ts';

/** The class every mark's `<g>` gets: its tone (colour, set in widget.css) and its name. */
export function markClass(mark: MarkSpec): string {
  return `chart-${mark.style?.tone ?? 'ink'} mark-${mark.name}`;
}

function scaleOptions(scale: ScaleSpec): Record<string, unknown> {
  const { tickLabels, ticks, ...rest } = scale;
  const options: Record<string, unknown> = { ...rest };
  if (ticks) options['ticks'] = ticks;
  if (ticks && tickLabels) {
    const labels = new Map(ticks.map((tick, index) => [tick, tickLabels[index] ?? String(tick)]));
    options['tickFormat'] = (tick: string | number) => labels.get(tick) ?? String(tick);
  }
  return options;
}

function paint(style: MarkStyle | undefined, filled: boolean): Record<string, unknown> {
  const paintOptions: Record<string, unknown> = {};
  if (filled) {
    paintOptions['fill'] = 'currentColor';
    if (style?.fillOpacity !== undefined) paintOptions['fillOpacity'] = style.fillOpacity;
    if (style?.outline) {
      paintOptions['stroke'] = 'currentColor';
      paintOptions['strokeWidth'] = style.strokeWidth ?? 2;
    }
  } else {
    paintOptions['stroke'] = 'currentColor';
    if (style?.strokeWidth !== undefined) paintOptions['strokeWidth'] = style.strokeWidth;
  }
  if (style?.strokeDasharray) paintOptions['strokeDasharray'] = style.strokeDasharray;
  return paintOptions;
}

function plotMark(mark: MarkSpec): Plot.Markish {
  const className = markClass(mark);
  const style = mark.style;
  const faceted = mark.rows.some((row) => 'fx' in row && row.fx !== undefined);
  const fx: Record<string, string> = faceted ? { fx: 'fx' } : {};
  switch (mark.type) {
    case 'barY':
      return Plot.barY(mark.rows, {
        x: 'x',
        y1: 'y1',
        y2: 'y2',
        ...fx,
        className,
        ...paint(style, true),
      });
    case 'tickY':
      return Plot.tickY(mark.rows, { x: 'x', y: 'y', ...fx, className, ...paint(style, false) });
    case 'text':
      return Plot.text(mark.rows, {
        x: 'x',
        y: 'y',
        ...fx,
        text: 'text',
        className,
        fill: 'currentColor',
        dx: style?.dx ?? 0,
        dy: style?.dy ?? 0,
        textAnchor: style?.textAnchor ?? 'middle',
      });
    case 'line':
      return Plot.line(mark.rows, { x: 'x', y: 'y', className, ...paint(style, false) });
    case 'areaY':
      return Plot.areaY(mark.rows, {
        x: 'x',
        y1: 'y1',
        y2: 'y2',
        className,
        ...paint({ fillOpacity: 0.2, ...style }, true),
      });
    case 'dot':
      return Plot.dot(mark.rows, {
        x: 'x',
        y: 'y',
        r: style?.r ?? 6,
        className,
        ...paint(style, true),
      });
    case 'ruleX':
      return Plot.ruleX(mark.rows, {
        x: 'x',
        y1: 'y1',
        y2: 'y2',
        className,
        ...paint(style, false),
      });
    case 'ruleY':
      return Plot.ruleY(mark.rows, { y: 'y', className, ...paint(style, false) });
  }
}

/** Plot options for `spec` on the shared layout (size, margins, font). */
export function plotOptions(spec: ChartSpec): PlotOptions {
  const margins = spec.margins ?? {};
  return {
    ...chartLayout,
    height: spec.height ?? chartLayout.height,
    marginTop: margins.top ?? chartLayout.marginTop,
    marginRight: margins.right ?? chartLayout.marginRight,
    marginBottom: margins.bottom ?? chartLayout.marginBottom,
    marginLeft: margins.left ?? chartLayout.marginLeft,
    x: scaleOptions(spec.x),
    y: scaleOptions(spec.y),
    ...(spec.fx ? { fx: scaleOptions(spec.fx) } : {}),
    marks: spec.marks.map(plotMark),
  } as PlotOptions;
}

/**
 * Draw `spec` with Plot into `document` (the page's, or jsdom's at build time), recording on the
 * SVG what an in-place update needs: its structure key and its position scales.
 */
export function drawChart(spec: ChartSpec, document?: Document): SVGSVGElement {
  const options = plotOptions(spec);
  const svg = Plot.plot(document ? { ...options, document } : options) as SVGSVGElement;
  recordScales(svg);
  svg.setAttribute('data-structure', structureKey(spec));
  return svg;
}
