/**
 * Pointer input on a live chart: a pointer's position in chart units and in data values, and
 * a drag helper that captures the pointer, so a drag keeps working when it leaves the chart.
 * Mouse, pen and touch alike (Pointer Events). No Plot: positions come from the drawn scales.
 */
import type { LiveChart } from './live-chart.ts';

/** A pointer position in the SVG's own units (its viewBox), whatever size it is shown at. */
export function chartPoint(svg: SVGSVGElement, event: PointerEvent): { x: number; y: number } {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  const width = view && view.width > 0 ? view.width : box.width;
  const height = view && view.height > 0 ? view.height : box.height;
  return {
    x: ((event.clientX - box.left) * width) / (box.width || 1),
    y: ((event.clientY - box.top) * height) / (box.height || 1),
  };
}

export interface DragHandlers<Target> {
  /** Which target a press at this point grabs, or undefined to let the press be (e.g. scroll). */
  grab(event: PointerEvent, svg: SVGSVGElement): Target | undefined;
  /** The pointer moved while holding `target`: show the new value. */
  move(target: Target, event: PointerEvent, svg: SVGSVGElement): void;
  /** The drag ended (released or cancelled). */
  end?(target: Target): void;
}

/**
 * Listen for drags on `chart` (on its holder, so a redrawn SVG keeps working). The chart gets
 * `data-dragging` while a drag is on, for the cursor and to keep hover styles steady.
 */
export function enableDrag<Target>(
  holder: HTMLElement,
  chart: LiveChart,
  handlers: DragHandlers<Target>,
): void {
  let held: { target: Target; pointer: number } | undefined;
  holder.addEventListener('pointerdown', (event) => {
    const svg = chart.svg;
    if (!svg || held || event.button > 0) return;
    const target = handlers.grab(event, svg);
    if (target === undefined) return;
    event.preventDefault();
    held = { target, pointer: event.pointerId };
    holder.setPointerCapture?.(event.pointerId);
    holder.dataset['dragging'] = 'true';
    handlers.move(target, event, svg);
  });
  holder.addEventListener('pointermove', (event) => {
    const svg = chart.svg;
    if (!held || event.pointerId !== held.pointer || !svg) return;
    handlers.move(held.target, event, svg);
  });
  const release = (event: PointerEvent): void => {
    if (!held || event.pointerId !== held.pointer) return;
    const { target } = held;
    held = undefined;
    delete holder.dataset['dragging'];
    handlers.end?.(target);
  };
  holder.addEventListener('pointerup', release);
  holder.addEventListener('pointercancel', release);
  // Chromium ignores `touch-action` on SVG shapes, so a finger that grabbed a handle would
  // also scroll the page: cancelling the touch (pointerdown fires first) keeps it a drag.
  const keepTouch = (event: TouchEvent): void => {
    if (held) event.preventDefault();
  };
  holder.addEventListener('touchstart', keepTouch, { passive: false });
  holder.addEventListener('touchmove', keepTouch, { passive: false });
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The layer of transparent grab zones for mark `markName`, created on first use, holding
 * exactly `count` elements named `tag` (the layer is `aria-hidden`: the keyboard path is the
 * widget's labelled inputs).
 */
export function handleLayer(
  svg: SVGSVGElement,
  markName: string,
  tag: 'rect' | 'circle',
  count: number,
): Element[] {
  let layer = svg.querySelector<SVGGElement>(`g[data-handles="${markName}"]`);
  if (!layer) {
    layer = svg.ownerDocument.createElementNS(SVG_NS, 'g');
    layer.dataset['handles'] = markName;
    layer.setAttribute('aria-hidden', 'true');
    svg.append(layer);
  }
  while (layer.children.length > count) layer.lastElementChild?.remove();
  while (layer.children.length < count) {
    const handle = svg.ownerDocument.createElementNS(SVG_NS, tag);
    handle.setAttribute('class', 'chart-handle');
    handle.setAttribute('data-mark', markName);
    handle.setAttribute('data-index', String(layer.children.length));
    layer.append(handle);
  }
  return [...layer.children];
}

/** The grab zone under a pointer press, if any: its mark and index. */
export function handleAt(event: PointerEvent): { mark: string; index: number } | undefined {
  const handle = (event.target as Element | null)?.closest?.('.chart-handle');
  if (!handle) return undefined;
  return {
    mark: handle.getAttribute('data-mark') ?? '',
    index: Number(handle.getAttribute('data-index')),
  };
}
