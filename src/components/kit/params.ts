/**
 * URL parameter codecs. A codec turns the raw text of one query parameter into a typed value
 * or a reason it was refused, and turns a value back into text: `parse(format(v))` gives `v`.
 *
 * Parsing is strict on purpose — a link is either exactly right or ignored with a notice:
 * plain decimal numbers only (no hex, no `Infinity`, no `NaN`, no empty entries), results must
 * be finite, and raw values longer than `MAX_PARAM_LENGTH` characters are refused unread.
 */
import { isDistribution, normalize } from '../../lib/index.ts';
import { MAX_PARAM_LENGTH } from './limits.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ParamCodec<T> {
  parse(raw: string): ParseResult<T>;
  format(value: T): string;
}

/** Tolerance on Σp for a list in a link, so hand-written links like 0.333,0.333,0.334 work. */
export const LINK_SUM_TOLERANCE = 1e-6;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Shortest text that reads back to the same double (JavaScript's own shortest round trip). */
const formatExact = (value: number): string => String(value);

/** Parse one plain decimal number; refuses text, NaN, ±Infinity and overflow like 1e999. */
export function parseDecimal(raw: string): ParseResult<number> {
  const text = raw.trim();
  if (text === '') return fail('is empty');
  if (text.length > MAX_PARAM_LENGTH) return fail(`is longer than ${MAX_PARAM_LENGTH} characters`);
  if (!DECIMAL.test(text)) return fail('is not a number');
  const value = Number(text);
  if (!Number.isFinite(value)) return fail('is too large');
  return { ok: true, value };
}

/** A number in [min, max]; with `exclusiveMin`, in (min, max]. */
export function boundedNumber(
  min: number,
  max: number,
  { exclusiveMin = false }: { exclusiveMin?: boolean } = {},
): ParamCodec<number> {
  const range = `${exclusiveMin ? '(' : '['}${min}, ${max}]`;
  return {
    parse(raw) {
      const parsed = parseDecimal(raw);
      if (!parsed.ok) return parsed;
      const { value } = parsed;
      const aboveMin = exclusiveMin ? value > min : value >= min;
      if (!aboveMin || value > max) return fail(`must be in ${range}`);
      return parsed;
    },
    format: formatExact,
  };
}

/** An integer in [min, max]. */
export function boundedInteger(min: number, max: number): ParamCodec<number> {
  const numeric = boundedNumber(min, max);
  return {
    parse(raw) {
      const parsed = numeric.parse(raw);
      if (parsed.ok && !Number.isInteger(parsed.value)) return fail('must be a whole number');
      return parsed;
    },
    format: formatExact,
  };
}

/** A random seed for `createRng`: an integer in [0, 2³² − 1]. */
export const seedCodec: ParamCodec<number> = boundedInteger(0, 2 ** 32 - 1);

/**
 * A probability list, comma-separated: `minLength`–`maxLength` entries (default 2–10), each in
 * [0, 1], summing to 1 within `LINK_SUM_TOLERANCE`. The accepted list is passed through
 * `normalize` so the value meets the library's own 1e-9 sum check.
 */
export function probabilityList({ minLength = 2, maxLength = 10 } = {}): ParamCodec<number[]> {
  return {
    parse(raw) {
      if (raw.length > MAX_PARAM_LENGTH)
        return fail(`is longer than ${MAX_PARAM_LENGTH} characters`);
      const parts = raw.split(',');
      if (parts.length < minLength || parts.length > maxLength) {
        return fail(`needs ${minLength} to ${maxLength} comma-separated probabilities`);
      }
      const values: number[] = [];
      for (const [index, part] of parts.entries()) {
        const parsed = parseDecimal(part);
        if (!parsed.ok) return fail(`entry ${index + 1} ${parsed.reason}`);
        if (parsed.value < 0 || parsed.value > 1)
          return fail(`entry ${index + 1} must be in [0, 1]`);
        values.push(parsed.value);
      }
      if (!isDistribution(values, LINK_SUM_TOLERANCE)) {
        const sum = values.reduce((total, value) => total + value, 0);
        return fail(`probabilities sum to ${sum.toPrecision(6)}, not 1`);
      }
      return { ok: true, value: Array.from(normalize(values)) };
    },
    format: (values) => values.map(formatExact).join(','),
  };
}
