/**
 * The marks every density chart shares, as chart-spec data: the curve `y` over `x`, filled
 * lightly beneath and outlined, in the tone of its series (p solid, q dashed by default), and the
 * grab points of a Gaussian (its peak, for the mean, and a width handle at μ + σ).
 */
import type { DotMark, MarkSpec, Tone } from './chart-spec.ts';

export interface DensityPoint {
  x: number;
  y: number;
}

/** Area and outline of a density named `name` (marks `NAME-area`, `NAME-line`). */
export function densityMarks(
  name: string,
  points: readonly DensityPoint[],
  {
    tone = 'p',
    fill = true,
    strokeWidth = 2,
    dashed = tone === 'q',
  }: { tone?: Tone; fill?: boolean; strokeWidth?: number; dashed?: boolean } = {},
): MarkSpec[] {
  const line: MarkSpec = {
    type: 'line',
    name: `${name}-line`,
    rows: points.map(({ x, y }) => ({ x, y })),
    style: { tone, strokeWidth, ...(dashed ? { strokeDasharray: '6 4' } : {}) },
  };
  if (!fill) return [line];
  return [
    {
      type: 'areaY',
      name: `${name}-area`,
      rows: points.map(({ x, y }) => ({ x, y1: 0, y2: y })),
      style: { tone, fillOpacity: 0.18 },
    },
    line,
  ];
}

/** `count` evenly spaced x values across [from, to]. */
export function grid(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/**
 * A Gaussian's grab points (mark `NAME-handles`): index 0 the peak (μ, f(μ)), index 1 the width
 * handle (μ + σ, f(μ + σ)), with f the density `pdf`.
 */
export function gaussianHandles(
  name: string,
  mu: number,
  sigma: number,
  pdf: (x: number) => number,
  tone: Tone = 'p',
): DotMark {
  return {
    type: 'dot',
    name: `${name}-handles`,
    rows: [
      { x: mu, y: pdf(mu) },
      { x: mu + sigma, y: pdf(mu + sigma) },
    ],
    style: { tone, r: 6 },
  };
}
