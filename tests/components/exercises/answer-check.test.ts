import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABSOLUTE_TOLERANCE,
  RELATIVE_TOLERANCE,
  checkAnswer,
  withinTolerance,
} from '../../../src/components/exercises/answer-check.ts';
import { entropy } from '../../../src/lib/index.ts';

describe('checkAnswer', () => {
  const bits = entropy([0.5, 0.25, 0.25]);

  it('is right for the value written in any accepted form, and says the tolerance', () => {
    for (const text of ['1.5', '3/2', '1 + 0.5', '0.5*log2(2) + 0.5*log2(4)', '1.5004']) {
      const result = checkAnswer(text, bits, 'bits');
      expect(result.verdict, text).toBe('right');
      expect(result.message).toContain('within 0.1 %');
    }
  });

  it('is wrong just outside the tolerance', () => {
    expect(checkAnswer('1.5016', bits, 'bits').verdict).toBe('wrong');
    expect(checkAnswer('-1.5', bits, 'bits').verdict).toBe('wrong');
  });

  it('tells the other unit apart: nats where bits were asked, and bits where nats were', () => {
    const nats = entropy([0.5, 0.25, 0.25], { base: Math.E });
    const asBits = checkAnswer(String(nats), bits, 'bits');
    expect(asBits.verdict).toBe('unit');
    expect(asBits.message).toMatch(/in nats.*bits.*divide by ln 2/);
    const asNats = checkAnswer(String(bits), nats, 'nats');
    expect(asNats.verdict).toBe('unit');
    expect(asNats.message).toMatch(/in bits.*nats.*multiply by ln 2/);
    expect(checkAnswer(String(nats), nats, 'nats').verdict).toBe('right');
  });

  it('has no unit verdict for a unitless answer', () => {
    expect(checkAnswer(String(2 * Math.LN2), 2, 'none').verdict).toBe('wrong');
  });

  it('is invalid, with the parser’s message, for input it cannot read', () => {
    expect(checkAnswer('', 1, 'bits')).toEqual({
      verdict: 'invalid',
      message: 'Type an answer first.',
    });
    expect(checkAnswer('1/0', 1, 'bits').verdict).toBe('invalid');
    expect(checkAnswer('x'.repeat(500), 1, 'bits').verdict).toBe('invalid');
  });

  it('uses an absolute floor near 0', () => {
    expect(checkAnswer('0', 0, 'bits').verdict).toBe('right');
    expect(checkAnswer('5e-7', 0, 'bits').verdict).toBe('right');
    expect(checkAnswer('1e-5', 0, 'bits').verdict).toBe('wrong');
  });
});

describe('withinTolerance: properties', () => {
  it('accepts the value itself and rejects twice the allowed distance', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const allowed = Math.max(RELATIVE_TOLERANCE * Math.abs(x), ABSOLUTE_TOLERANCE);
        expect(withinTolerance(x, x)).toBe(true);
        expect(withinTolerance(x + 2 * allowed, x)).toBe(false);
        expect(withinTolerance(x - 0.5 * allowed, x)).toBe(true);
      }),
    );
  });
});
