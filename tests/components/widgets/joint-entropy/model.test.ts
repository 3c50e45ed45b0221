import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionalEntropy,
  entropy,
  jointEntropy,
  marginals,
  mutualInformation,
} from '../../../../src/lib/index.ts';
import { barExtents } from '../../../../src/components/widgets/joint-entropy/chart.ts';
import {
  dependentTable,
  independentTable,
  jointEntropyModel,
  shapeProblem,
  tableOf,
  type JointEntropyState,
} from '../../../../src/components/widgets/joint-entropy/model.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const values = (state: JointEntropyState, unit: 'bits' | 'nats') =>
  readoutValues(jointEntropyModel.readouts(state, unit));

describe('joint entropy model', () => {
  const state = { joint: [0.3, 0.1, 0.05, 0.15, 0.1, 0.3], rows: 2 };
  const table = [
    [0.3, 0.1, 0.05],
    [0.15, 0.1, 0.3],
  ];

  it('reads the list row by row into a table of `rows` rows', () => {
    expect(tableOf(state)).toEqual(table);
    expect(tableOf({ ...state, rows: 3 })).toEqual([
      [0.3, 0.1],
      [0.05, 0.15],
      [0.1, 0.3],
    ]);
  });

  it('every readout equals src/lib in bits and in nats', () => {
    for (const [unit, base] of [
      ['bits', 2],
      ['nats', Math.E],
    ] as const) {
      const { x, y } = marginals(table);
      const v = values(state, unit);
      expect(v['entropy-x']).toBe(entropy(x, { base }));
      expect(v['entropy-y']).toBe(entropy(y, { base }));
      expect(v['joint-entropy']).toBe(jointEntropy(table, { base }));
      expect(v['conditional-x-given-y']).toBe(conditionalEntropy(table, 'y', { base }));
      expect(v['conditional-y-given-x']).toBe(conditionalEntropy(table, 'x', { base }));
      expect(v['mutual-information']).toBe(mutualInformation(table, { base }));
    }
  });

  it('refuses a list that does not split into rows of 2 to 4 columns', () => {
    expect(shapeProblem({ joint: [0.2, 0.2, 0.2, 0.2, 0.2], rows: 2 })).toMatch(
      /5 cells, which do not split into 2 equal rows/,
    );
    expect(shapeProblem({ joint: Array.from({ length: 10 }, () => 0.1), rows: 2 })).toMatch(
      /2 rows of 5 cells: a table needs 2 to 4 columns/,
    );
    expect(shapeProblem({ joint: [0.5, 0.5, 0, 0], rows: 4 })).toMatch(/needs 2 to 4 columns/);
    expect(shapeProblem(state)).toBeUndefined();
    expect(jointEntropyModel.codecs.rows.parse('5').ok).toBe(false);
    expect(jointEntropyModel.codecs.rows.parse('1').ok).toBe(false);
    expect(jointEntropyModel.codecs.rows.parse('2.5').ok).toBe(false);
    expect(jointEntropyModel.codecs.joint.parse('0.5,0.5').ok).toBe(false);
  });

  it('the independent table keeps the marginals and has I(X;Y) = 0', () => {
    const independent = { ...state, joint: independentTable(state) };
    const before = marginals(table);
    const after = marginals(tableOf(independent));
    after.x.forEach((value, i) => expectClose(value, before.x[i]!, { abs: 1e-15 }));
    after.y.forEach((value, j) => expectClose(value, before.y[j]!, { abs: 1e-15 }));
    expectClose(values(independent, 'bits')['mutual-information']!, 0, { abs: 1e-15 });
  });

  it('the perfectly dependent table keeps the smaller side’s marginal and has I(X;Y) = H(X) = H(Y)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, columns, seed) => {
          const weights = Array.from(
            { length: rows * columns },
            (_, k) => (((k + 1) * (seed + 3)) % 7) + 1,
          );
          const total = weights.reduce((a, b) => a + b, 0);
          const start = { joint: weights.map((w) => w / total), rows };
          const dependent = { joint: dependentTable(start), rows };
          const v = values(dependent, 'bits');
          expect(v['conditional-y-given-x']).toBe(0);
          expect(v['conditional-x-given-y']).toBe(0);
          const { x, y } = marginals(tableOf(start));
          const kept = rows <= columns ? x : y;
          const tolerance = { rel: 1e-12, abs: 1e-15 };
          expectClose(v['entropy-x']!, entropy(kept), tolerance);
          expectClose(v['entropy-y']!, entropy(kept), tolerance);
          expectClose(v['mutual-information']!, entropy(kept), tolerance);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('the chart’s bars: H(X) and H(Y) overlap by exactly the I(X;Y) bar; their union is H(X,Y)', () => {
    const v = values(state, 'bits');
    const bars = barExtents(v);
    const [xStart, xEnd] = bars['entropy-x']!;
    const [yStart, yEnd] = bars['entropy-y']!;
    const [iStart, iEnd] = bars['mutual-information']!;
    expect([xStart, xEnd]).toEqual([0, v['entropy-x']]);
    expectClose(yEnd - yStart, v['entropy-y']!, { rel: 1e-12 });
    expect([Math.max(xStart, yStart), Math.min(xEnd, yEnd)]).toEqual([iStart, iEnd]);
    expectClose(iEnd - iStart, v['mutual-information']!, { rel: 1e-12 });
    expect(Math.max(xEnd, yEnd)).toBe(v['joint-entropy']);
  });

  it('the default state passes its codecs and the shape check', () => {
    const { joint, rows } = jointEntropyModel.codecs;
    expect(joint.parse(joint.format(jointEntropyModel.defaults.joint)).ok).toBe(true);
    expect(rows.parse(rows.format(jointEntropyModel.defaults.rows)).ok).toBe(true);
    expect(shapeProblem(jointEntropyModel.defaults)).toBeUndefined();
  });
});
