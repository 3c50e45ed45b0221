/**
 * A chart's SVG as a file snapshot, the way Observable Plot's own tests keep theirs: every number
 * in the markup rounded to 2 decimals (so floating-point noise in the last digits does not count
 * as a change), and the markup pretty-printed one element a line (so a diff shows which mark
 * changed). Attributes keep the order Plot writes them in.
 */
import { JSDOM } from 'jsdom';
import type { ChartSpec } from '../../../src/components/kit/chart-spec.ts';
import { renderChartSvg } from '../../../src/components/kit/plot-ssr.ts';

/** A decimal number, or one in exponent notation; integers are left as they are. */
const DECIMAL = /-?(?:\d+\.\d*|\.\d+)(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/gi;

/** Every decimal number in `text` rounded to 2 decimals ("46.845" → "46.85", "-0.001" → "0"). */
export function roundNumbers(text: string): string {
  return text.replace(DECIMAL, (number) => String(Number(Number(number).toFixed(2)) + 0));
}

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

function printElement(element: Element, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const attributes = [...element.attributes]
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
    .join('');
  const open = `${indent}<${element.localName}${attributes}`;
  const children = [...element.childNodes].filter(
    (node) => node.nodeType === node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
  );
  if (children.length === 0) return [`${open}/>`];
  if (children.every((node) => node.nodeType === node.TEXT_NODE)) {
    const text = children.map((node) => escapeText(node.textContent ?? '')).join('');
    return [`${open}>${text}</${element.localName}>`];
  }
  const lines = children.flatMap((node) =>
    node.nodeType === node.ELEMENT_NODE
      ? printElement(node as Element, depth + 1)
      : [`${indent}  ${escapeText((node.textContent ?? '').trim())}`],
  );
  return [`${open}>`, ...lines, `${indent}</${element.localName}>`];
}

/**
 * SVG markup pretty-printed: one element a line, two spaces a level, a final newline; the root
 * gets the SVG namespace (last, if it lacks one) so the snapshot file is a standalone image.
 */
export function prettySvg(markup: string): string {
  const { document } = new JSDOM(`<!doctype html><body>${markup}</body>`).window;
  const svg = document.body.firstElementChild;
  if (svg?.localName !== 'svg') throw new Error('prettySvg: the markup is not one <svg> element');
  // Inline SVG in HTML needs no namespace attribute; a standalone .svg file does, to open as an image.
  if (!svg.hasAttribute('xmlns')) svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `${printElement(svg, 0).join('\n')}\n`;
}

/** The build-time SVG of a chart (`renderChartSvg`, as `Chart.astro` draws it), normalised. */
export function chartSvgSnapshot(spec: ChartSpec, descriptionId: string): string {
  return prettySvg(roundNumbers(renderChartSvg(spec, descriptionId)));
}
