import { readFileSync } from 'node:fs';
import * as lib from '../../src/lib/index.ts';

/** A number as the fixture generator writes it: non-finite values are strings. */
export type FixtureNumber = number | 'Infinity' | '-Infinity';

/** One reference case written by scripts/fixtures/generate.py. */
export interface FixtureCase {
  readonly source: string;
  readonly fn: string;
  readonly args: readonly unknown[];
  readonly expected: FixtureNumber | 'throws';
  readonly base?: number | 'e';
  readonly note?: string;
}

/** Parses tests/lib/fixtures/NAME. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;
}

/** The fixture encoding of ±∞ turned back into numbers, element-wise for arrays. */
export function decode(value: unknown): unknown {
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (Array.isArray(value)) return value.map(decode);
  return value;
}

/** The logarithm base a case asks for (`'e'` is Math.E; 2 when absent). */
export function baseOf(fixture: FixtureCase): number {
  return fixture.base === 'e' ? Math.E : (fixture.base ?? 2);
}

type Scalar = (...args: number[]) => number;
type Vectors = (...args: ArrayLike<number>[]) => number;

/** Calls the library function a case names, with its arguments and `{ base }`. */
export function callLibrary(fixture: FixtureCase): number {
  const args = fixture.args.map(decode);
  const options = { base: baseOf(fixture) };
  const scalar: Record<string, Scalar> = {
    binaryEntropy: (p) => lib.binaryEntropy(p!, options),
    bernoulliKl: (p, q) => lib.bernoulliKl(p!, q!, options),
    gaussianEntropy: (s) => lib.gaussianEntropy(s!, options),
    gaussianCrossEntropy: (m1, s1, m2, s2) => lib.gaussianCrossEntropy(m1!, s1!, m2!, s2!, options),
    gaussianKl: (m1, s1, m2, s2) => lib.gaussianKl(m1!, s1!, m2!, s2!, options),
    logLikelihoodRatio: (k, n, p, q) => lib.logLikelihoodRatio(k!, n!, p!, q!, options),
    // A density in natural-log units: the case's base is always e and is not an option here.
    gaussianLogPdf: (x, mu, sigma) => lib.gaussianLogPdf(x!, mu!, sigma!),
  };
  const vectors: Record<string, Vectors> = {
    entropy: (p) => lib.entropy(p!, options),
    crossEntropy: (p, q) => lib.crossEntropy(p!, q!, options),
    klDivergence: (p, q) => lib.klDivergence(p!, q!, options),
    jsDivergence: (p, q) => lib.jsDivergence(p!, q!, options),
  };
  const scalarFn = scalar[fixture.fn];
  if (scalarFn) return scalarFn(...(args as number[]));
  const vectorFn = vectors[fixture.fn];
  if (vectorFn) return vectorFn(...(args as number[][]));
  throw new Error(`fixture names an unknown function ${fixture.fn}`);
}
