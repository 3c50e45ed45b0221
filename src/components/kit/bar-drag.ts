/**
 * Dragging the bars of a distribution: the reader takes a bar by its top and sets that
 * outcome's probability (the widget rescales the others, as its slider does).
 */
import { chartPoint, enableDrag, handleAt, handleLayer } from './chart-pointer.ts';
import type { LiveChart } from './live-chart.ts';

/** Half the height of a bar's grab zone around its top, in chart units (≈ 24 px on a phone). */
const GRAB_HALF_HEIGHT = 30;

/**
 * Transparent grab zones over the tops of the bars of mark `markName` (one per bar, kept in
 * step with the bars after every draw), so that a finger can take a bar by its top while a
 * touch anywhere else on the chart still scrolls the page (`touch-action: none` only there).
 */
function placeBarHandles(svg: SVGSVGElement, markName: string): void {
  const bars = [...svg.querySelectorAll<SVGRectElement>(`g.mark-${markName} rect`)];
  const handles = handleLayer(svg, markName, 'rect', bars.length);
  bars.forEach((bar, index) => {
    const handle = handles[index]!;
    const top = Number(bar.getAttribute('y') ?? 0);
    // Bars in facets (grouped bars) sit in a translated group: so does their handle.
    const facet = bar.parentElement?.getAttribute('transform') ?? '';
    if (facet) handle.setAttribute('transform', facet);
    handle.setAttribute('x', bar.getAttribute('x') ?? '0');
    handle.setAttribute('width', bar.getAttribute('width') ?? '0');
    handle.setAttribute('y', String(top - GRAB_HALF_HEIGHT));
    handle.setAttribute('height', String(2 * GRAB_HALF_HEIGHT));
  });
}

/**
 * Let the reader set bars of mark `markName` by dragging their tops: `set(index, value)` gets
 * the value under the pointer (clamped to [0, 1]) for the bar grabbed. A mouse may grab a bar
 * anywhere in its column; touch and pen grab the zone around its top.
 */
export function enableBarDrag(
  holder: HTMLElement,
  chart: LiveChart,
  markName: string,
  set: (index: number, value: number) => void,
  end?: () => void,
): void {
  chart.onDraw((svg) => placeBarHandles(svg, markName));
  enableDrag<number>(holder, chart, {
    grab(event, svg) {
      const handle = handleAt(event);
      if (handle) return handle.mark === markName ? handle.index : undefined;
      if (event.pointerType !== 'mouse') return undefined;
      const bars = [...svg.querySelectorAll(`g.mark-${markName} rect`)];
      const index = bars.findIndex((bar) => {
        const box = bar.getBoundingClientRect();
        return event.clientX >= box.left && event.clientX <= box.right;
      });
      return index >= 0 ? index : undefined;
    },
    move(index, event, svg) {
      const y = chart.scales.y;
      if (!y) return;
      const value = y.invert(chartPoint(svg, event).y);
      set(index, Math.min(1, Math.max(0, value)));
    },
    end() {
      end?.();
    },
  });
}
