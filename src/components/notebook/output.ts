/**
 * A cell's outputs as plain, structured-cloneable data (they cross from the worker to the page,
 * and at build time go straight to HTML). `toOutput` turns any value a cell produces into one:
 * numbers keep full precision (the page shows them rounded), arrays of objects become tables
 * with columns, objects become key/value tables, nested values stay readable up to a depth,
 * long lists are cut with a count of what was left out, and `Plot` stand-ins become chart specs.
 */
import { isPlotSpec, type PlotSpec } from './plot-stand-in.ts';

export type Output =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'list'; readonly items: readonly Output[]; readonly more: number }
  | {
      readonly kind: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly Output[])[];
      readonly more: number;
    }
  | {
      readonly kind: 'record';
      readonly entries: readonly (readonly [string, Output])[];
      readonly more: number;
    }
  | { readonly kind: 'plot'; readonly spec: PlotSpec };

/** The most items a list or rows a table shows; the rest are counted. */
export const MAX_ITEMS = 200;
/** The most characters of a string shown. */
export const MAX_STRING = 10_000;
const MAX_DEPTH = 4;

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tableOf(rows: readonly unknown[], depth: number): Output | undefined {
  if (rows.length === 0 || !rows.every(isRecordLike)) return undefined;
  const columns: string[] = [];
  for (const row of rows.slice(0, MAX_ITEMS))
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  if (columns.length === 0 || columns.length > 30) return undefined;
  return {
    kind: 'table',
    columns,
    rows: rows
      .slice(0, MAX_ITEMS)
      .map((row) =>
        columns.map((column) =>
          column in row ? toOutput(row[column], depth + 1) : { kind: 'text', value: '' },
        ),
      ),
    more: Math.max(0, rows.length - MAX_ITEMS),
  };
}

function describeFunction(value: (...args: never[]) => unknown): string {
  return value.name ? `function ${value.name}` : 'function';
}

/** `value` as an {@link Output}. */
export function toOutput(value: unknown, depth = 0): Output {
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string')
    return {
      kind: 'string',
      value: value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value,
    };
  if (typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'symbol')
    return { kind: 'text', value: typeof value === 'bigint' ? `${value}n` : String(value) };
  if (value === undefined || value === null) return { kind: 'text', value: String(value) };
  if (typeof value === 'function') return { kind: 'text', value: describeFunction(value as never) };
  if (isPlotSpec(value)) return { kind: 'plot', spec: value };
  if (depth >= MAX_DEPTH) return { kind: 'text', value: Array.isArray(value) ? '[…]' : '{…}' };
  if (value instanceof Error) return { kind: 'text', value: `${value.name}: ${value.message}` };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = Array.from(value as unknown as ArrayLike<number | bigint>);
    return toOutput(items, depth);
  }
  if (value instanceof Map) return toOutput(Object.fromEntries(value), depth);
  if (value instanceof Set) return toOutput([...value], depth);
  if (Array.isArray(value)) {
    const table = depth === 0 ? tableOf(value, depth) : undefined;
    if (table) return table;
    return {
      kind: 'list',
      items: value.slice(0, MAX_ITEMS).map((item) => toOutput(item, depth + 1)),
      more: Math.max(0, value.length - MAX_ITEMS),
    };
  }
  if (isRecordLike(value)) {
    const keys = Object.keys(value);
    return {
      kind: 'record',
      entries: keys.slice(0, MAX_ITEMS).map((key) => [key, toOutput(value[key], depth + 1)]),
      more: Math.max(0, keys.length - MAX_ITEMS),
    };
  }
  return { kind: 'text', value: String(value) };
}
