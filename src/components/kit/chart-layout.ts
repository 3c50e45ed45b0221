/**
 * Shared chart geometry, in SVG user units (1 unit = 1 CSS px at the intrinsic width).
 *
 * Charts are drawn once at `CHART_WIDTH` and then scaled with the SVG: `widget.css` shows them
 * at 100% of the widget, at most `CHART_MAX_DISPLAY_WIDTH` CSS px. Text of `CHART_FONT_SIZE`
 * units therefore appears at CHART_FONT_SIZE × displayed width / CHART_WIDTH px: about 10.3 px
 * on a 360 px phone (a 295 px wide chart) and 15.4 px at the 440 px cap on a desktop. The
 * margins leave room for tick labels and axis labels at that size.
 */
import type { PlotOptions } from '@observablehq/plot';

/** Intrinsic width of every chart (user units). */
export const CHART_WIDTH = 400;
/** Intrinsic height of every chart (user units); width : height = 400 : 260. */
export const CHART_HEIGHT = 260;
/** Font size of all chart text (user units); `finishChart` sets it on the root `<svg>`. */
export const CHART_FONT_SIZE = 14;
/** Widest the chart is ever shown (CSS px); keep in step with `.widget-chart-svg` in widget.css. */
export const CHART_MAX_DISPLAY_WIDTH = 440;

/**
 * The layout every chart starts from: size and margins sized for `CHART_FONT_SIZE` text.
 * A chart spreads it first and overrides a margin where its own labels need more room.
 */
export const chartLayout = {
  width: CHART_WIDTH,
  height: CHART_HEIGHT,
  marginTop: 26,
  marginRight: 16,
  marginBottom: 40,
  marginLeft: 46,
} as const satisfies PlotOptions;

/**
 * Significant digits for a value label over each of `columns` bars side by side: 3, or 2 past
 * 5 columns, so that a label ("0.67") stays within its band at `CHART_WIDTH`.
 */
export function barLabelDigits(columns: number): number {
  return columns > 5 ? 2 : 3;
}
