import type { Unit } from './unit.ts';

const significant = new Map<number, Intl.NumberFormat>();

/**
 * A number for reading: `digits` significant digits (default 4), en-GB grouping off,
 * a true minus sign, and "∞" / "−∞" for infinities. NaN never reaches here in a correct
 * widget; it is shown as "—" so a bug is visible rather than misleading.
 * @example formatNumber(1.5849625) // => "1.585"
 */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return '—';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  let format = significant.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en', { maximumSignificantDigits: digits, useGrouping: false });
    significant.set(digits, format);
  }
  return format.format(value).replace('-', '−');
}

/** A quantity with its unit, e.g. "1.585 bits"; "1 bit" keeps the plural rule honest. */
export function formatQuantity(value: number, unit: Unit, digits = 4): string {
  const text = formatNumber(value, digits);
  // Singular when the reader sees exactly "1" (1.0000000000000004 rounds to "1" too).
  const unitText = text === '1' ? unit.slice(0, -1) : unit;
  return `${text} ${unitText}`;
}

/** A readout's text: a count in full (e.g. "500123"), any other value as a quantity. */
export function formatReadout(value: number, unit: Unit | 'count'): string {
  return unit === 'count' ? formatNumber(value, 21) : formatQuantity(value, unit);
}

/** The `data-value` attribute text: full precision, or "Infinity" / "-Infinity". */
export function dataValue(value: number): string {
  return String(value);
}

/**
 * Convert an amount of information given in bits to `unit`.
 *   x nats = x bits · ln 2   (a change of logarithm base, not an information quantity)
 */
export function fromBits(bits: number, unit: Unit): number {
  return unit === 'nats' ? bits * Math.LN2 : bits;
}
