import { describe, expect, it } from 'vitest';
import { DistributionError } from '../../src/lib/index.ts';
import { logRatio } from '../../src/lib/log-ratio.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { callLibrary, decode, loadFixture, type FixtureCase } from './fixture-data.ts';

interface RelEntrTerm {
  readonly source: string;
  readonly x: number;
  readonly y: number;
  readonly expected: number;
}

const scipy = loadFixture<{
  cases: FixtureCase[];
  relEntrTerms: RelEntrTerm[];
  randomCases: FixtureCase[];
}>('scipy-cases.json');
const reference = loadFixture<{ cases: FixtureCase[] }>('reference-values.json');

function title(fixture: FixtureCase): string {
  return `${fixture.fn}(${JSON.stringify(fixture.args)}) base ${String(fixture.base ?? 2)} — ${fixture.source}`;
}

function check(fixture: FixtureCase, tolerance: { rel: number; abs: number }): void {
  if (fixture.expected === 'throws') {
    expect(() => callLibrary(fixture)).toThrow(DistributionError);
  } else {
    expectClose(callLibrary(fixture), decode(fixture.expected) as number, tolerance);
  }
}

describe('agreement with SciPy on its own test cases', () => {
  it.each(scipy.cases)('$fn agrees with SciPy: %#', (fixture) => {
    expect(title(fixture)).toContain('scipy/');
    check(fixture, { rel: 1e-13, abs: 1e-15 });
  });

  it.each(scipy.relEntrTerms)(
    'x·ln(x/y) for x = $x, y = $y matches $source',
    ({ x, y, expected }) => {
      expectClose(x * logRatio(x, y), expected, { rel: 1e-13 });
    },
  );
});

describe('agreement with SciPy on random vectors with zeros, in bases 2, e and 10', () => {
  it.each(scipy.randomCases)('$fn agrees with SciPy: %#', (fixture) => {
    check(fixture, { rel: 1e-12, abs: 1e-15 });
  });
});

describe('agreement with high-precision and SciPy reference values', () => {
  it.each(reference.cases)('$fn matches $source: %#', (fixture) => {
    check(fixture, { rel: 1e-13, abs: 0 });
  });
});
