import { readScales } from '../../../src/components/kit/chart-scales.ts';
import { PAIR_BAR_MARKS, type PairSymbol } from '../../../src/components/kit/pair-bars-spec.ts';

/** The pair picture's SVG in `figure`, shown at its intrinsic size (jsdom does no layout). */
export function pairBarsSvg(figure: HTMLElement): SVGSVGElement {
  const svg = figure.querySelector<SVGSVGElement>('[data-pair-bars] svg');
  if (!svg) throw new Error('no pair bars');
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  svg.getBoundingClientRect = () =>
    ({ left: 0, top: 0, x: 0, y: 0, width, height, right: width, bottom: height }) as DOMRect;
  return svg;
}

function pointer(type: string, clientY: number): PointerEvent {
  return new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    pointerId: 7,
    pointerType: 'touch',
    button: 0,
    clientX: 0,
    clientY,
  });
}

/**
 * Drag bar `index` of `symbol` in the pair picture by its grab zone, as a finger would: press
 * at its top, move to each of `values` (probabilities, placed with the drawn y scale), release.
 */
export function dragPairBar(
  figure: HTMLElement,
  symbol: PairSymbol,
  index: number,
  values: readonly number[],
): void {
  const svg = pairBarsSvg(figure);
  const y = readScales(svg).y;
  if (!y) throw new Error('pair bars have no y scale');
  const name = PAIR_BAR_MARKS[symbol];
  const handle = svg.querySelectorAll(`g[data-handles="${name}"] .chart-handle`)[index];
  const bar = svg.querySelectorAll(`g.mark-${name} rect`)[index];
  if (!handle || !bar) throw new Error(`no ${symbol} bar ${index}`);
  handle.dispatchEvent(pointer('pointerdown', Number(bar.getAttribute('y'))));
  const holder = svg.closest('[data-pair-bars]')!;
  for (const value of values) holder.dispatchEvent(pointer('pointermove', y.apply(value)));
  holder.dispatchEvent(pointer('pointerup', y.apply(values.at(-1) ?? 0)));
}

/** The probabilities the pair picture draws for `symbol`, read back through its y scale. */
export function drawnPairBars(figure: HTMLElement, symbol: PairSymbol): number[] {
  const svg = pairBarsSvg(figure);
  const y = readScales(svg).y!;
  return [...svg.querySelectorAll(`g.mark-${PAIR_BAR_MARKS[symbol]} rect`)].map((bar) =>
    y.invert(Number(bar.getAttribute('y'))),
  );
}
