/**
 * A chart as plain data: the scales and the marks with their numbers already computed. No Plot
 * and no DOM here, so a widget's chart module costs the reader nothing until it is used.
 *
 * The same spec is drawn two ways:
 * - by Observable Plot (`plot-render.ts`): at build time, and on the client only when the
 *   chart's *structure* (its `structureKey`: scales, labels, mark kinds, row counts, band
 *   positions, styles) changes;
 * - in place (`chart-update.ts`): while the structure stays, an update only moves the marks
 *   Plot drew (a bar's height, a curve's path, a point, a label) using the drawn scales.
 *
 * Every number in `rows` must be finite (Plot drops rows with non-finite values): clip an
 * infinite value to the top of the domain and say "∞" in a text mark.
 */

/** A series' colour: p (the truth), q (the model), ink (axes, guides), muted (secondary). */
export type Tone = 'p' | 'q' | 'ink' | 'muted';

export interface MarkStyle {
  tone?: Tone;
  /** Filled marks: fill opacity (bars default to 1, areas to 0.2). */
  fillOpacity?: number;
  strokeWidth?: number;
  /** A non-colour cue, e.g. `'5 3'` for q's curves. */
  strokeDasharray?: string;
  /** Bars: draw an outline (q's bars: light fill, solid outline). */
  outline?: boolean;
  /** Dots: radius. */
  r?: number;
  /** Text: horizontal and vertical offsets in chart units, and anchor. */
  dx?: number;
  dy?: number;
  textAnchor?: 'start' | 'middle' | 'end';
}

type Key = string | number;

interface MarkBase<Type extends string, Row> {
  type: Type;
  /** Names the mark's `<g>` (class `mark-NAME`), unique in the chart; drag handles find it. */
  name: string;
  rows: Row[];
  style?: MarkStyle;
}

export type BarMark = MarkBase<'barY', { x: Key; y1: number; y2: number; fx?: Key }>;
export type TickMark = MarkBase<'tickY', { x: Key; y: number; fx?: Key }>;
export type TextMark = MarkBase<'text', { x: Key; y: number; text: string; fx?: Key }>;
export type LineMark = MarkBase<'line', { x: number; y: number }>;
export type AreaMark = MarkBase<'areaY', { x: number; y1: number; y2: number }>;
export type DotMark = MarkBase<'dot', { x: number; y: number }>;
export type RuleXMark = MarkBase<'ruleX', { x: number; y1: number; y2: number }>;
export type RuleYMark = MarkBase<'ruleY', { y: number }>;

export type MarkSpec =
  BarMark | TickMark | TextMark | LineMark | AreaMark | DotMark | RuleXMark | RuleYMark;

export interface ScaleSpec {
  label?: string | null;
  type?: 'linear' | 'log' | 'band';
  domain?: Key[];
  padding?: number;
  grid?: boolean;
  /** `null` hides the axis. */
  axis?: 'top' | 'bottom' | 'left' | 'right' | null;
  /** Tick values, and the text shown for each (same length). */
  ticks?: Key[];
  tickLabels?: string[];
}

export interface ChartSpec {
  x: ScaleSpec;
  y: ScaleSpec;
  /** Facets by column (grouped bars). */
  fx?: ScaleSpec;
  /** Height in chart units, for a compact picture; default `CHART_HEIGHT` (`chart-layout.ts`). */
  height?: number;
  /** Margins that differ from the shared layout (`chart-layout.ts`). */
  margins?: { top?: number; right?: number; bottom?: number; left?: number };
  marks: MarkSpec[];
}

/** Marks whose x is a band (a category): their x positions are part of the structure. */
const BANDED: ReadonlySet<MarkSpec['type']> = new Set(['barY', 'tickY', 'text']);

/**
 * What must stay the same for an in-place update: scales, height, margins, each mark's kind, name,
 * style, row count and (for banded marks) categories. Numbers that only move a mark along a
 * continuous scale are left out.
 */
export function structureKey(spec: ChartSpec): string {
  return JSON.stringify({
    x: spec.x,
    y: spec.y,
    fx: spec.fx ?? null,
    height: spec.height, // left out when unset (JSON drops undefined)
    margins: spec.margins ?? null,
    marks: spec.marks.map((mark) => ({
      type: mark.type,
      name: mark.name,
      style: mark.style ?? null,
      rows: mark.rows.length,
      keys: BANDED.has(mark.type)
        ? (mark.rows as { x: Key; fx?: Key }[]).map((row) => [row.x, row.fx ?? null])
        : null,
    })),
  });
}

/**
 * A domain top that changes in steps (1, 1.5, 2, 3, 4, 6, 8, 10, 15, …), at least `value`, so
 * that a chart whose top follows its data re-renders only when a step is crossed.
 */
export function steppedTop(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const exponent = Math.floor(Math.log10(value));
  // Dividing by a power of ten (not multiplying by 0.1…) keeps 0.15 exact as a literal is.
  const scaled = (step: number): number =>
    exponent >= 0 ? step * 10 ** exponent : step / 10 ** -exponent;
  for (const step of [1, 1.5, 2, 3, 4, 6, 8, 10]) if (scaled(step) >= value) return scaled(step);
  return scaled(10);
}
