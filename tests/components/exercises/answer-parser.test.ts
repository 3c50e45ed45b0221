import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnswerError,
  MAX_ANSWER_LENGTH,
  MAX_NESTING,
  parseAnswer,
} from '../../../src/components/exercises/answer-parser.ts';
import { formatNumber } from '../../../src/components/kit/format.ts';

const problemOf = (text: string): string => {
  try {
    parseAnswer(text);
  } catch (error) {
    if (error instanceof AnswerError) return error.problem;
    throw error;
  }
  return 'none';
};

describe('parseAnswer: numbers', () => {
  it.each([
    ['1.75', 1.75],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-0.25', -0.25],
    ['1e-3', 0.001],
    ['2.5E+2', 250],
    ['  3  ', 3],
    ['−2', -2],
    ['–2', -2],
  ])('%s → %s', (text, value) => {
    expect(parseAnswer(text)).toBe(value);
  });
});

describe('parseAnswer: operators, functions, constants', () => {
  it.each([
    ['5/3', 5 / 3],
    ['1 - 0.5*log2(3)', 1 - 0.5 * Math.log2(3)],
    ['2·3', 6],
    ['2×3', 6],
    ['6÷4', 1.5],
    ['2^3^2', 2 ** 9],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2^-1', 0.5],
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['10-4-3', 3],
    ['8/4/2', 1],
    ['ln(2)', Math.LN2],
    ['log(e)', 1],
    ['log(8, 2)', 3],
    ['log10(1000)', 3],
    ['LOG2(8)', 3],
    ['sqrt(2)', Math.SQRT2],
    ['exp(1)', Math.E],
    ['pi', Math.PI],
    ['π', Math.PI],
    ['-log2(0.25)', 2],
    ['+3', 3],
    ['--3', 3],
  ])('%s → %s', (text, value) => {
    expect(parseAnswer(text)).toBeCloseTo(value, 14);
  });
});

describe('parseAnswer: what it refuses, with its own error', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['about two', 'syntax'],
    ['1 +', 'syntax'],
    ['(1', 'syntax'],
    ['1)', 'syntax'],
    ['2 3', 'syntax'],
    ['0,5', 'syntax'],
    ['log2(8, 2)', 'syntax'],
    ['alert(1)', 'syntax'],
    ['<script>', 'syntax'],
    ['1/0', 'division-by-zero'],
    ['1/(1-1)', 'division-by-zero'],
    ['log2(0)', 'domain'],
    ['ln(-1)', 'domain'],
    ['log(2, 1)', 'domain'],
    ['sqrt(-1)', 'domain'],
    ['1e999', 'not-finite'],
    ['10^400', 'not-finite'],
    ['exp(1000)', 'not-finite'],
    ['1'.repeat(MAX_ANSWER_LENGTH + 1), 'too-long'],
    ['('.repeat(MAX_NESTING + 1) + '1' + ')'.repeat(MAX_NESTING + 1), 'too-deep'],
    ['-'.repeat(MAX_NESTING + 1) + '1', 'too-deep'],
  ])('%j → %s', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('says where a decimal comma goes wrong', () => {
    expect(() => parseAnswer('0,5')).toThrow(/point/);
  });

  it('reads nesting up to the cap', () => {
    const depth = MAX_NESTING - 1;
    expect(parseAnswer('('.repeat(depth) + '2' + ')'.repeat(depth))).toBe(2);
  });
});

describe('parseAnswer: properties', () => {
  it('throws nothing but its own AnswerError for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 260 }), (text) => {
        try {
          const value = parseAnswer(text);
          return Number.isFinite(value);
        } catch (error) {
          return error instanceof AnswerError;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws nothing but AnswerError for strings of the grammar’s own characters', () => {
    const pieces = fc.constantFrom(
      ...'0123456789.eE+-*/^(),'.split(''),
      ' ',
      'log2',
      'ln',
      'log',
      'sqrt',
      'pi',
      '−',
      '·',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        try {
          return Number.isFinite(parseAnswer(parts.join('')));
        } catch (error) {
          return error instanceof AnswerError;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back any finite double written by String() exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseAnswer(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('reads back a number formatted for reading (true minus, 17 digits) to its value', () => {
    fc.assert(
      fc.property(
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
          .filter((x) => x === 0 || Math.abs(x) > 1e-9),
        (x) => {
          expect(parseAnswer(formatNumber(x, 17))).toBe(x);
        },
      ),
    );
  });

  it('reads a fraction a/b as a / b', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (a, b) => {
          expect(parseAnswer(`${a}/${b}`)).toBe(a / b);
        },
      ),
    );
  });
});
