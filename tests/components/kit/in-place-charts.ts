/**
 * Checks that moving a chart's marks in place (`updateChart`) draws what Plot itself draws:
 * draw spec `from` with Plot, update it in place to spec `to`, draw `to` with Plot afresh, and
 * compare every mark element's geometry (numbers within 0.02 chart units) and text.
 */
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { readScales } from '../../../src/components/kit/chart-scales.ts';
import { structureKey, type ChartSpec } from '../../../src/components/kit/chart-spec.ts';
import { updateChart } from '../../../src/components/kit/chart-update.ts';
import { drawChart } from '../../../src/components/kit/plot-render.ts';

const GEOMETRY = [
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'x1',
  'x2',
  'y1',
  'y2',
  'transform',
  'd',
];

let document: Document | undefined;
const page = (): Document =>
  (document ??= new JSDOM('<!doctype html><body></body>').window.document);

function numbers(text: string | null): number[] {
  return [...(text ?? '').matchAll(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)].map((match) => Number(match[0]));
}

/** Every element of the marks in `spec`, as (mark, attribute) → numbers, plus their text. */
function geometry(svg: Element, spec: ChartSpec): Map<string, number[] | string> {
  const seen = new Map<string, number[] | string>();
  for (const mark of spec.marks) {
    [...svg.querySelectorAll(`g.mark-${mark.name}`)]
      .flatMap((group) => [...group.children])
      .forEach((element, index) => {
        for (const attribute of GEOMETRY) {
          if (element.hasAttribute(attribute))
            seen.set(
              `${mark.name}[${index}].${attribute}`,
              numbers(element.getAttribute(attribute)),
            );
        }
        if (element.localName === 'text')
          seen.set(`${mark.name}[${index}].text`, element.textContent ?? '');
      });
  }
  return seen;
}

/** `from` and `to` must share a structure; the in-place result must match Plot's drawing of `to`. */
export function expectInPlaceMatchesPlot(from: ChartSpec, to: ChartSpec): void {
  expect(structureKey(to), 'the two specs share a structure').toBe(structureKey(from));
  const moved = drawChart(from, page());
  expect(updateChart(moved, to, readScales(moved)), 'updateChart accepted the spec').toBe(true);
  const drawn = drawChart(to, page());
  const want = geometry(drawn, to);
  const got = geometry(moved, to);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [key, expected] of want) {
    const actual = got.get(key)!;
    if (typeof expected === 'string') {
      expect(actual, key).toBe(expected);
      continue;
    }
    expect((actual as number[]).length, `${key} has as many numbers`).toBe(expected.length);
    expected.forEach((value, index) => {
      expect(Math.abs((actual as number[])[index]! - value), `${key} #${index}`).toBeLessThan(0.02);
    });
  }
}
