import { readScales } from '../../../src/components/kit/chart-scales.ts';

/**
 * Drag dot `index` of chart mark `mark` inside `figure` to the data point (x, y), with pointer
 * events as a mouse would send them. jsdom lays nothing out, so the chart's box is made the
 * size of its viewBox first: client coordinates are then chart units, placed with the chart's
 * own recorded scales.
 */
export function dragPoint(
  figure: HTMLElement,
  mark: string,
  index: number,
  to: { x: number; y: number },
  { release = true }: { release?: boolean } = {},
): void {
  const svg = figure.querySelector<SVGSVGElement>('[data-chart] svg')!;
  const { width, height } = svg.viewBox.baseVal;
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width, height }) as DOMRect;
  const handle = svg.querySelector(`.chart-handle[data-mark="${mark}"][data-index="${index}"]`);
  if (!handle) throw new Error(`no grab zone ${mark}[${index}]`);
  const scales = readScales(svg);
  const at = { clientX: scales.x!.apply(to.x), clientY: scales.y!.apply(to.y) };
  const pointer = { pointerId: 1, pointerType: 'mouse', bubbles: true, button: 0 };
  handle.dispatchEvent(
    new PointerEvent('pointerdown', {
      ...pointer,
      clientX: Number(handle.getAttribute('cx')),
      clientY: Number(handle.getAttribute('cy')),
    }),
  );
  handle.dispatchEvent(new PointerEvent('pointermove', { ...pointer, ...at }));
  if (release) handle.dispatchEvent(new PointerEvent('pointerup', { ...pointer, ...at }));
}
