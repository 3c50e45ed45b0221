import * as Plot from '@observablehq/plot';

/**
 * The marks every density chart shares: the curve `y` over `x`, filled lightly beneath and
 * outlined, in the accent colour (`chart-primary`, so it follows light and dark themes).
 */
export function filledDensityMarks<Point extends object>(
  points: readonly Point[],
  { x = 'x', y, strokeWidth = 2 }: { x?: string; y: string; strokeWidth?: number },
): Plot.Markish[] {
  return [
    Plot.areaY(points, {
      x,
      y,
      fill: 'currentColor',
      fillOpacity: 0.2,
      className: 'chart-primary',
    }),
    Plot.line(points, { x, y, stroke: 'currentColor', strokeWidth, className: 'chart-primary' }),
  ];
}
