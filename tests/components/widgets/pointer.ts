import { readScales } from '../../../src/components/kit/chart-scales.ts';

/**
 * Drag dot `index` of chart mark `mark` inside `figure` to the data point (x, y), with pointer
 * events as a mouse would send them. jsdom lays nothing out, so the chart's box is made the
 * size of its viewBox first: client coordinates are then chart units, placed with the chart's
 * own recorded scales. The press lands on the dot's grab zone, or on `pressZone`'s (the zone
 * drawn on top where two overlap), at the dot's centre.
 */
export function dragPoint(
  figure: HTMLElement,
  mark: string,
  index: number,
  to: { x: number; y: number },
  {
    release = true,
    pressZone = { mark, index },
  }: { release?: boolean; pressZone?: { mark: string; index: number } } = {},
): void {
  const svg = figure.querySelector<SVGSVGElement>('[data-chart] svg')!;
  const { width, height } = svg.viewBox.baseVal;
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height }) as DOMRect;
  const zone = (m: string, i: number) => {
    const found = svg.querySelector(`.chart-handle[data-mark="${m}"][data-index="${i}"]`);
    if (!found) throw new Error(`no grab zone ${m}[${i}]`);
    return found;
  };
  const dot = zone(mark, index);
  const handle = zone(pressZone.mark, pressZone.index);
  const scales = readScales(svg);
  const at = { clientX: scales.x!.apply(to.x), clientY: scales.y!.apply(to.y) };
  const pointer = { pointerId: 1, pointerType: 'mouse', bubbles: true, button: 0 };
  handle.dispatchEvent(
    new PointerEvent('pointerdown', {
      ...pointer,
      clientX: Number(dot.getAttribute('cx')),
      clientY: Number(dot.getAttribute('cy')),
    }),
  );
  handle.dispatchEvent(new PointerEvent('pointermove', { ...pointer, ...at }));
  if (release) handle.dispatchEvent(new PointerEvent('pointerup', { ...pointer, ...at }));
}
