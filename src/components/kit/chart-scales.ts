/**
 * The drawn chart's position scales, kept on the SVG (`data-scales`) so that the client can move
 * marks and read a pointer's position without Plot: Plot records them when it draws (build time
 * or a structure change), `readScales` turns them back into functions.
 */

/** What is kept of a continuous scale: enough to map a value to a position and back. */
interface ContinuousScale {
  type: 'linear' | 'log';
  domain: [number, number];
  range: [number, number];
}
type StoredScale = ContinuousScale | { type: 'other' };

export interface PositionScale {
  /** Value → chart units (SVG user units). */
  apply(value: number): number;
  /** Chart units → value. */
  invert(position: number): number;
}

export interface ChartScales {
  x?: PositionScale;
  y?: PositionScale;
}

interface PlotScaleLike {
  type?: string;
  domain?: unknown[];
  range?: unknown[];
}

/** Record Plot's x and y scales on its SVG (Plot's `svg.scale(name)`). */
export function recordScales(svg: Element & { scale?: (name: string) => unknown }): void {
  const stored: Record<string, StoredScale> = {};
  for (const name of ['x', 'y'] as const) {
    const scale = svg.scale?.(name) as PlotScaleLike | undefined;
    if (!scale) continue;
    const [d0, d1] = (scale.domain ?? []) as number[];
    const [r0, r1] = (scale.range ?? []) as number[];
    stored[name] =
      (scale.type === 'linear' || scale.type === 'log') &&
      [d0, d1, r0, r1].every((v) => typeof v === 'number' && Number.isFinite(v))
        ? { type: scale.type, domain: [d0!, d1!], range: [r0!, r1!] }
        : { type: 'other' };
  }
  svg.setAttribute('data-scales', JSON.stringify(stored));
}

function positionScale(stored: ContinuousScale): PositionScale {
  const transform = stored.type === 'log' ? Math.log : (v: number) => v;
  const untransform = stored.type === 'log' ? Math.exp : (v: number) => v;
  const [d0, d1] = stored.domain.map(transform) as [number, number];
  const [r0, r1] = stored.range;
  const slope = (r1 - r0) / (d1 - d0);
  return {
    apply: (value) => r0 + (transform(value) - d0) * slope,
    invert: (position) => untransform(d0 + (position - r0) / slope),
  };
}

/** The continuous x and y scales recorded on `svg` (band scales are not needed to move marks). */
export function readScales(svg: Element): ChartScales {
  let stored: Record<string, StoredScale>;
  try {
    stored = JSON.parse(svg.getAttribute('data-scales') ?? '{}') as Record<string, StoredScale>;
  } catch {
    return {};
  }
  const scales: ChartScales = {};
  for (const name of ['x', 'y'] as const) {
    const scale = stored[name];
    if (scale && scale.type !== 'other') scales[name] = positionScale(scale);
  }
  return scales;
}
