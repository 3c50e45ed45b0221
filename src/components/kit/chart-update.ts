/**
 * Move the marks of a chart Plot already drew so that it shows `spec`, without Plot: each
 * mark's `<g class="mark-NAME">` keeps its elements, and only the attributes that carry data
 * change (a bar's y and height, a path's d, a dot's centre, a label's position and text).
 * Positions come from the drawn scales (`chart-scales.ts`).
 *
 * The caller guarantees the structure is the one drawn (`structureKey`); if the elements still
 * do not match the rows, `updateChart` returns false and the caller redraws with Plot.
 */
import type { ChartScales, PositionScale } from './chart-scales.ts';
import type { ChartSpec, MarkSpec, ScaleSpec } from './chart-spec.ts';

const round = (v: number): string => String(Math.round(v * 100) / 100);

/** A translate(x, y) transform's x, read back from a label Plot placed. */
function translateX(element: Element): string {
  return /translate\(\s*([^,\s)]+)/.exec(element.getAttribute('transform') ?? '')?.[1] ?? '0';
}

/** Plot lays facets out in their domain's order, rows in data order inside each facet. */
function inFacetOrder<Row extends { fx?: string | number }>(rows: Row[], fx?: ScaleSpec): Row[] {
  if (!rows.some((row) => row.fx !== undefined)) return rows;
  const order =
    fx?.domain ?? [...new Set(rows.map((row) => row.fx!))].sort((a, b) => (a < b ? -1 : 1));
  const rank = new Map(order.map((value, index) => [value, index]));
  return [...rows].sort((a, b) => (rank.get(a.fx!) ?? 0) - (rank.get(b.fx!) ?? 0));
}

function elementsOf(svg: Element, mark: MarkSpec): Element[] {
  return [...svg.querySelectorAll(`g.mark-${mark.name}`)].flatMap((group) => [...group.children]);
}

function pathThrough(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}`;
}

function moveMark(
  elements: Element[],
  mark: MarkSpec,
  x: PositionScale | undefined,
  y: PositionScale,
  fx?: ScaleSpec,
): boolean {
  switch (mark.type) {
    case 'barY':
    case 'tickY':
    case 'text': {
      const rows = inFacetOrder<(typeof mark.rows)[number]>(mark.rows, fx);
      if (elements.length !== rows.length) return false;
      rows.forEach((row, index) => {
        const element = elements[index]!;
        if (mark.type === 'barY') {
          const { y1, y2 } = row as { y1: number; y2: number };
          const [top, bottom] = [y.apply(y1), y.apply(y2)].sort((a, b) => a - b) as [
            number,
            number,
          ];
          element.setAttribute('y', round(top));
          element.setAttribute('height', round(bottom - top));
        } else if (mark.type === 'tickY') {
          const position = round(y.apply((row as { y: number }).y));
          element.setAttribute('y1', position);
          element.setAttribute('y2', position);
        } else {
          const { y: value, text } = row as { y: number; text: string };
          element.setAttribute(
            'transform',
            `translate(${translateX(element)},${round(y.apply(value))})`,
          );
          if (element.textContent !== text) element.textContent = text;
        }
      });
      return true;
    }
    case 'line':
    case 'areaY': {
      const path = elements[0];
      if (!x || !path || elements.length !== 1) return false;
      if (mark.type === 'line') {
        path.setAttribute('d', pathThrough(mark.rows.map((r) => [x.apply(r.x), y.apply(r.y)])));
      } else {
        const top = mark.rows.map((r): [number, number] => [x.apply(r.x), y.apply(r.y2)]);
        const base = mark.rows
          .map((r): [number, number] => [x.apply(r.x), y.apply(r.y1)])
          .reverse();
        path.setAttribute('d', `${pathThrough([...top, ...base])}Z`);
      }
      return true;
    }
    case 'dot':
    case 'ruleX': {
      if (!x || elements.length !== mark.rows.length) return false;
      mark.rows.forEach((row, index) => {
        const element = elements[index]!;
        if (mark.type === 'dot') {
          const { x: cx, y: cy } = row as { x: number; y: number };
          element.setAttribute('cx', round(x.apply(cx)));
          element.setAttribute('cy', round(y.apply(cy)));
        } else {
          const { x: at, y1, y2 } = row as { x: number; y1: number; y2: number };
          element.setAttribute('x1', round(x.apply(at)));
          element.setAttribute('x2', round(x.apply(at)));
          element.setAttribute('y1', round(y.apply(y1)));
          element.setAttribute('y2', round(y.apply(y2)));
        }
      });
      return true;
    }
    case 'ruleY': {
      // A rule without facets is repeated in every facet: its rows repeat in each one.
      const count = mark.rows.length;
      if (count === 0 || elements.length % count !== 0) return false;
      elements.forEach((element, index) => {
        const position = round(y.apply(mark.rows[index % count]!.y));
        element.setAttribute('y1', position);
        element.setAttribute('y2', position);
      });
      return true;
    }
  }
}

/**
 * Show `spec` in `svg` by moving its marks; false if the drawn marks do not fit the spec. A mark
 * whose rows are the very array `previous` (the spec drawn last) had is left as it is, so a
 * chart module that keeps a fixed curve in one array pays nothing for it per update.
 */
export function updateChart(
  svg: Element,
  spec: ChartSpec,
  scales: ChartScales,
  previous?: ChartSpec,
): boolean {
  const { x, y } = scales;
  if (!y) return false;
  const before = new Map(previous?.marks.map((mark) => [mark.name, mark.rows]));
  for (const mark of spec.marks) {
    if (before.get(mark.name) === mark.rows) continue;
    if (!moveMark(elementsOf(svg, mark), mark, x, y, spec.fx)) return false;
  }
  return true;
}
