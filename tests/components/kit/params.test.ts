import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDistribution } from '../../../src/lib/index.ts';
import {
  boundedInteger,
  boundedNumber,
  parseDecimal,
  probabilityList,
  seedCodec,
} from '../../../src/components/kit/params.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  'NaN',
  '1e999',
  '-1',
  'x'.repeat(10_000),
  '',
  ' ',
  '0x10',
  'Infinity',
];

describe('parseDecimal(raw)', () => {
  it('reads plain decimals and exponents', () => {
    expect(parseDecimal('0.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseDecimal(' 2.5e-1 ')).toEqual({ ok: true, value: 0.25 });
    expect(parseDecimal('.5')).toEqual({ ok: true, value: 0.5 });
  });
  it.each([
    '<script>alert(1)</script>',
    'NaN',
    '1e999',
    'x'.repeat(10_000),
    '',
    '0x10',
    'Infinity',
    '1,5',
  ])('refuses %j with a reason', (raw) => {
    const result = parseDecimal(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
  });
});

describe('probabilityList()', () => {
  const codec = probabilityList();
  it('parses a comma-separated distribution', () => {
    const result = codec.parse('0.2,0.3,0.5');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual([0.2, 0.3, 0.5]);
  });
  it('accepts a hand-rounded list within 1e-6 and returns a distribution the library accepts', () => {
    const result = codec.parse('0.3333333,0.3333333,0.3333334');
    expect(result.ok).toBe(true);
    if (result.ok) expect(isDistribution(result.value)).toBe(true);
  });
  it.each([
    ['0.5', 'needs 2 to 10'],
    [Array.from({ length: 11 }, () => '0.0909').join(','), 'needs 2 to 10'],
    ['0.5,0.6', 'sum to'],
    ['0.5,-0.5,1', 'must be in [0, 1]'],
    ['0.5,,0.5', 'is empty'],
    ['0.5,NaN', 'is not a number'],
    ['1e999,0', 'is too large'],
    ['<script>alert(1)</script>,0.5', 'is not a number'],
    ['0.5,'.repeat(2_500) + '0', 'longer than'],
  ])('refuses %j (%s)', (raw, reason) => {
    const result = codec.parse(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
  it('round-trips format → parse for random distributions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (weights) => {
          const total = weights.reduce((sum, weight) => sum + weight, 0);
          const first = codec.parse(codec.format(weights.map((weight) => weight / total)));
          if (!first.ok) throw new Error(first.reason);
          const second = codec.parse(codec.format(first.value));
          if (!second.ok) throw new Error(second.reason);
          second.value.forEach((value, index) =>
            expectClose(value, first.value[index]!, { abs: 1e-15 }),
          );
        },
      ),
    );
  });
});

describe('boundedNumber(min, max)', () => {
  const codec = boundedNumber(0.05, 5);
  it('accepts the ends of the range', () => {
    expect(codec.parse('0.05')).toEqual({ ok: true, value: 0.05 });
    expect(codec.parse('5')).toEqual({ ok: true, value: 5 });
  });
  it('refuses values outside the range with the range in the reason', () => {
    const result = codec.parse('5.01');
    expect(result).toEqual({ ok: false, reason: 'must be in [0.05, 5]' });
  });
  it('with exclusiveMin refuses the minimum itself', () => {
    expect(boundedNumber(0, 1, { exclusiveMin: true }).parse('0').ok).toBe(false);
  });
  it.each(HOSTILE)('refuses hostile value %j', (raw) => expect(codec.parse(raw).ok).toBe(false));
  it('round-trips format → parse', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), (value) => {
        expect(codec.parse(codec.format(value))).toEqual({ ok: true, value });
      }),
    );
  });
});

describe('boundedInteger(min, max) and seedCodec', () => {
  it('refuses fractions', () => expect(boundedInteger(1, 10).parse('2.5').ok).toBe(false));
  it('round-trips seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(seedCodec.parse(seedCodec.format(seed))).toEqual({ ok: true, value: seed });
      }),
    );
  });
  it.each(HOSTILE)('refuses hostile seed %j', (raw) => expect(seedCodec.parse(raw).ok).toBe(false));
});
