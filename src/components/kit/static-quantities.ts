import { formatQuantity, fromBits } from './format.ts';
import type { Unit } from './unit.ts';

/**
 * Rewrite every `[data-quantity]` span under `root` (as rendered by `Quantity.astro`) in `unit`,
 * from its full-precision `data-bits` value and its `data-digits` (default 4).
 * Spans with a missing or non-numeric `data-bits` are left as they are.
 */
export function applyUnitToQuantities(root: ParentNode, unit: Unit): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-quantity]')) {
    const bits = Number(span.dataset['bits']);
    if (span.dataset['bits'] === undefined || Number.isNaN(bits)) continue;
    showQuantity(span, bits, unit);
  }
}

/** Give a `[data-quantity]` span a new value (in bits, full precision) and show it in `unit`. */
export function setQuantityBits(span: HTMLElement, bits: number, unit: Unit): void {
  span.dataset['bits'] = String(bits);
  showQuantity(span, bits, unit);
}

function showQuantity(span: HTMLElement, bits: number, unit: Unit): void {
  const digits = Number(span.dataset['digits'] ?? 4);
  const text = formatQuantity(fromBits(bits, unit), unit, digits);
  if (span.textContent !== text) span.textContent = text;
  span.dataset['unit'] = unit;
}
