import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DistributionError,
  conditionalEntropy,
  entropy,
  jointEntropy,
  klDivergence,
  marginals,
  mutualInformation,
  normalize,
} from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';
import { loadFixture } from './fixture-data.ts';

interface JointCase {
  readonly source: string;
  readonly joint: number[][];
  readonly base: number | 'e';
  readonly marginalX: number[];
  readonly marginalY: number[];
  readonly jointEntropy: number;
  readonly entropyX: number;
  readonly entropyY: number;
  readonly conditionalXGivenY: number;
  readonly conditionalYGivenX: number;
  readonly mutualInformation: number;
}

const { cases } = loadFixture<{ cases: JointCase[] }>('joint-distributions.json');
const tolerance = { rel: 1e-12, abs: 1e-14 };

describe('joint, conditional entropy and mutual information against SciPy', () => {
  it('there are cases in three bases', () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(new Set(cases.map((c) => c.base)).size).toBe(3);
  });

  it.each(cases)('$source (base $base)', (c) => {
    const base = c.base === 'e' ? Math.E : c.base;
    const { x, y } = marginals(c.joint);
    expectAllClose(x, c.marginalX, { rel: 1e-15, abs: 1e-16 });
    expectAllClose(y, c.marginalY, { rel: 1e-15, abs: 1e-16 });
    expectClose(jointEntropy(c.joint, { base }), c.jointEntropy, tolerance);
    expectClose(conditionalEntropy(c.joint, 'y', { base }), c.conditionalXGivenY, tolerance);
    expectClose(conditionalEntropy(c.joint, 'x', { base }), c.conditionalYGivenX, tolerance);
    expectClose(mutualInformation(c.joint, { base }), c.mutualInformation, tolerance);
  });
});

/** A joint table of 1–4 rows and 1–4 columns with exact zeros, normalised. */
const table = (maxRows = 4, maxColumns = 4) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc
        .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true })), {
          minLength: rows * columns,
          maxLength: rows * columns,
        })
        .filter((cells) => cells.some((cell) => cell > 0))
        .map((cells) => {
          const flat = Array.from(normalize(cells));
          return Array.from({ length: rows }, (_, i) => flat.slice(i * columns, (i + 1) * columns));
        }),
    );

const positive = (maxLength: number) =>
  fc
    .array(fc.double({ min: 1e-6, max: 1, noNaN: true }), { minLength: 1, maxLength })
    .map((weights) => Array.from(normalize(weights)));

const transpose = (joint: number[][]): number[][] =>
  joint[0]!.map((_, j) => joint.map((row) => row[j]!));

const close = { rel: 1e-10, abs: 1e-12 };

describe('identities of two variables', () => {
  it('chain rule: H(X,Y) = H(X) + H(Y|X) = H(Y) + H(X|Y)', () => {
    fc.assert(
      fc.property(table(), (joint) => {
        const { x, y } = marginals(joint);
        const h = jointEntropy(joint);
        expectClose(entropy(x) + conditionalEntropy(joint, 'x'), h, close);
        expectClose(entropy(y) + conditionalEntropy(joint, 'y'), h, close);
      }),
      { numRuns: 300 },
    );
  });

  it('I(X;Y) = H(X) − H(X|Y) = H(Y) − H(Y|X) = H(X) + H(Y) − H(X,Y) ≥ 0', () => {
    fc.assert(
      fc.property(table(), (joint) => {
        const { x, y } = marginals(joint);
        const information = mutualInformation(joint);
        expect(information).toBeGreaterThanOrEqual(0);
        expectClose(entropy(x) - conditionalEntropy(joint, 'y'), information, close);
        expectClose(entropy(y) - conditionalEntropy(joint, 'x'), information, close);
        expectClose(entropy(x) + entropy(y) - jointEntropy(joint), information, close);
      }),
      { numRuns: 300 },
    );
  });

  it('I(X;Y) = D(joint ‖ product of its marginals), in bits and nats', () => {
    fc.assert(
      fc.property(table(), (joint) => {
        const { x, y } = marginals(joint);
        const cells = joint.flat();
        const product = x.flatMap((px) => y.map((py) => px * py));
        for (const base of [2, Math.E]) {
          expect(mutualInformation(joint, { base })).toBe(klDivergence(cells, product, { base }));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('I(X;Y) is symmetric: the transposed table has the same mutual information', () => {
    fc.assert(
      fc.property(table(), (joint) => {
        expectClose(mutualInformation(transpose(joint)), mutualInformation(joint), close);
        expectClose(
          conditionalEntropy(transpose(joint), 'x'),
          conditionalEntropy(joint, 'y'),
          close,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a product table p(x)p(y) has I(X;Y) = 0 and H(X|Y) = H(X)', () => {
    fc.assert(
      fc.property(positive(4), positive(4), (px, py) => {
        const joint = px.map((a) => py.map((b) => a * b));
        expectClose(mutualInformation(joint), 0, { abs: 1e-14 });
        expectClose(conditionalEntropy(joint, 'y'), entropy(px), close);
        expectClose(jointEntropy(joint), entropy(px) + entropy(py), close);
      }),
      { numRuns: 200 },
    );
  });

  it('information never hurts on average: 0 ≤ H(X|Y) ≤ H(X), and I(X;Y) ≤ min(H(X), H(Y))', () => {
    fc.assert(
      fc.property(table(), (joint) => {
        const { x, y } = marginals(joint);
        const remaining = conditionalEntropy(joint, 'y');
        expect(remaining).toBeGreaterThanOrEqual(0);
        expect(remaining).toBeLessThanOrEqual(entropy(x));
        expect(conditionalEntropy(joint, 'y', { base: Math.E })).toBeLessThanOrEqual(
          entropy(x, { base: Math.E }),
        );
        const information = mutualInformation(joint);
        expect(information).toBeLessThanOrEqual(Math.min(entropy(x), entropy(y)) + 1e-12);
      }),
      // One column: H(X|Y) is H(X) itself, where round-off once put it an ulp above.
      {
        numRuns: 300,
        examples: [[[[0.6866169339234575], [0.3131138850770462], [0], [0.00026918099949629963]]]],
      },
    );
  });

  it('a perfectly dependent (diagonal) table has I(X;Y) = H(X) and H(X|Y) = 0', () => {
    fc.assert(
      fc.property(positive(4), (p) => {
        const joint = p.map((value, i) => p.map((_, j) => (i === j ? value : 0)));
        expect(conditionalEntropy(joint, 'y')).toBe(0);
        expect(conditionalEntropy(joint, 'x')).toBe(0);
        expectClose(mutualInformation(joint), entropy(p), close);
        expectClose(jointEntropy(joint), entropy(p), close);
      }),
      { numRuns: 200 },
    );
  });
});

describe('bad joint tables throw DistributionError', () => {
  const functions = {
    marginals: (joint: number[][]) => marginals(joint),
    jointEntropy: (joint: number[][]) => jointEntropy(joint),
    conditionalEntropy: (joint: number[][]) => conditionalEntropy(joint, 'y'),
    mutualInformation: (joint: number[][]) => mutualInformation(joint),
  };
  const bad: [string, number[][], RegExp][] = [
    ['ragged', [[0.5, 0.25], [0.25]], /joint\[1\] has 1 entries but joint\[0\] has 2/],
    [
      'negative',
      [
        [0.5, 0.75],
        [-0.25, 0],
      ],
      /joint\[1\]\[0\] = -0.25 is negative/,
    ],
    [
      'unnormalised',
      [
        [0.5, 0.25],
        [0.25, 0.25],
      ],
      /joint sums to 1.25, not 1/,
    ],
    ['empty', [], /joint is empty/],
    ['an empty row', [[]], /joint is empty/],
    [
      'NaN',
      [
        [Number.NaN, 0.5],
        [0.25, 0.25],
      ],
      /joint\[0\]\[0\] = NaN is NaN/,
    ],
    [
      'infinite',
      [
        [Infinity, 0],
        [0, 0],
      ],
      /joint\[0\]\[0\] = Infinity is not finite/,
    ],
  ];
  for (const [name, call] of Object.entries(functions)) {
    it.each(bad)(`${name}: a %s table`, (_, joint, message) => {
      expect(() => call(joint)).toThrow(DistributionError);
      expect(() => call(joint)).toThrow(message);
      expect(() => call(joint)).toThrow(new RegExp(`^${name}: `));
    });
  }

  it('conditionalEntropy refuses a given other than x or y, and every function a bad base', () => {
    const joint = [
      [0.5, 0],
      [0, 0.5],
    ];
    expect(() => conditionalEntropy(joint, 'z' as 'x')).toThrow(/given = z must be 'x'/);
    expect(() => jointEntropy(joint, { base: 1 })).toThrow(DistributionError);
    expect(() => conditionalEntropy(joint, 'x', { base: -2 })).toThrow(DistributionError);
    expect(() => mutualInformation(joint, { base: 1 })).toThrow(/^mutualInformation: options.base/);
  });
});
