/**
 * Dragging points of a chart: a dot on a curve (the binary entropy's p), a Gaussian's peak (its
 * mean) or its width handle (its σ). Each dot of the named marks gets a transparent grab zone
 * about a fingertip wide (a press inside overlapping zones takes the nearest dot); a mouse may
 * also grab the nearest dot from anywhere on the chart.
 */
import { chartPoint, enableDrag, handleAt, handleLayer } from './chart-pointer.ts';
import type { LiveChart } from './live-chart.ts';

/** Radius of a dot's grab zone, in chart units (≈ 20 px on a phone, 28 px on a desktop). */
const GRAB_RADIUS = 26;

export interface DraggedPoint {
  /** The dot mark's name and the dot's index in it. */
  mark: string;
  index: number;
}

function placePointHandles(svg: SVGSVGElement, markName: string): void {
  const dots = [...svg.querySelectorAll<SVGCircleElement>(`g.mark-${markName} circle`)];
  const handles = handleLayer(svg, markName, 'circle', dots.length);
  dots.forEach((dot, index) => {
    const handle = handles[index]!;
    handle.setAttribute('cx', dot.getAttribute('cx') ?? '0');
    handle.setAttribute('cy', dot.getAttribute('cy') ?? '0');
    handle.setAttribute('r', String(GRAB_RADIUS));
  });
}

/** The dot of `marks` nearest to the pointer (chart units), for a mouse press off the dots. */
function nearestDot(
  svg: SVGSVGElement,
  marks: readonly string[],
  event: PointerEvent,
): DraggedPoint | undefined {
  const at = chartPoint(svg, event);
  let best: (DraggedPoint & { distance: number }) | undefined;
  for (const mark of marks) {
    svg.querySelectorAll(`g.mark-${mark} circle`).forEach((dot, index) => {
      const distance = Math.hypot(
        Number(dot.getAttribute('cx')) - at.x,
        Number(dot.getAttribute('cy')) - at.y,
      );
      if (!best || distance < best.distance) best = { mark, index, distance };
    });
  }
  return best && { mark: best.mark, index: best.index };
}

/**
 * Let the reader drag the dots of `marks`; `move(point, x, y)` gets the pointer's position as
 * data values (x and y on the chart's scales) for the dot grabbed.
 */
export function enablePointDrag(
  holder: HTMLElement,
  chart: LiveChart,
  marks: readonly string[],
  move: (point: DraggedPoint, x: number, y: number) => void,
  end?: () => void,
): void {
  chart.onDraw((svg) => {
    for (const mark of marks) placePointHandles(svg, mark);
  });
  enableDrag<DraggedPoint>(holder, chart, {
    grab(event, svg) {
      const handle = handleAt(event);
      // Where grab zones overlap (a peak beside another curve's width handle), the nearest dot
      // wins, not the zone drawn last.
      if (handle) return marks.includes(handle.mark) ? nearestDot(svg, marks, event) : undefined;
      return event.pointerType === 'mouse' ? nearestDot(svg, marks, event) : undefined;
    },
    move(point, event, svg) {
      const { x, y } = chart.scales;
      if (!x || !y) return;
      const at = chartPoint(svg, event);
      move(point, x.invert(at.x), y.invert(at.y));
    },
    end() {
      end?.();
    },
  });
}
