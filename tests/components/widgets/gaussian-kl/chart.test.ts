import { describe, expect, it } from 'vitest';
import { gaussianLogPdf } from '../../../../src/lib/index.ts';
import {
  structureKey,
  type ChartSpec,
  type MarkSpec,
} from '../../../../src/components/kit/chart-spec.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { gaussianKlChart } from '../../../../src/components/widgets/gaussian-kl/chart.ts';
import {
  gaussianKlModel,
  type GaussianKlState,
} from '../../../../src/components/widgets/gaussian-kl/model.ts';
import { formatQuantity } from '../../../../src/components/kit/format.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const density = (mu: number, sigma: number) => (x: number) =>
  Math.exp(gaussianLogPdf(x, mu, sigma));

function specOf(state: GaussianKlState, unit: 'bits' | 'nats' = 'bits'): ChartSpec {
  return gaussianKlChart.spec(state, unit, readoutValues(gaussianKlModel.readouts(state, unit)));
}

function mark(spec: ChartSpec, name: string): MarkSpec {
  const found = spec.marks.find((m) => m.name === name);
  if (!found) throw new Error(`no mark ${name}`);
  return found;
}

const rowsOf = (spec: ChartSpec, name: string) =>
  mark(spec, name).rows as { x: number; y: number }[];

/** ∫ y dx by the trapezoid rule over a curve's rows. */
const area = (rows: { x: number; y: number }[]) =>
  rows.slice(1).reduce((sum, row, i) => sum + ((row.y + rows[i]!.y) / 2) * (row.x - rows[i]!.x), 0);

const state: GaussianKlState = { mu1: -1.5, sigma1: 0.6, mu2: 2, sigma2: 1.7 };

describe('Gaussian KL chart spec', () => {
  it('draws p and q as their src/lib densities over a window holding all their mass', () => {
    const spec = specOf(state);
    for (const [name, mu, sigma] of [
      ['p-line', state.mu1, state.sigma1],
      ['q-line', state.mu2, state.sigma2],
    ] as const) {
      const rows = rowsOf(spec, name);
      for (const row of rows) expectClose(row.y, density(mu, sigma)(row.x), { rel: 1e-15 });
      expectClose(area(rows), 1, { abs: 1e-4 });
    }
    const fill = mark(spec, 'p-area').rows as { x: number; y1: number; y2: number }[];
    expect(fill.map((row) => row.y2)).toEqual(rowsOf(spec, 'p-line').map((row) => row.y));
  });

  it('p in tone p, filled; q in tone q, dashed and unfilled', () => {
    const spec = specOf(state);
    expect(mark(spec, 'p-line').style?.tone).toBe('p');
    expect(mark(spec, 'p-area').style?.tone).toBe('p');
    expect(mark(spec, 'q-line').style).toMatchObject({ tone: 'q', strokeDasharray: '6 4' });
    expect(spec.marks.some((m) => m.name === 'q-area')).toBe(false);
  });

  it('puts each curve’s grab points on its peak (μ, f(μ)) and at μ + σ', () => {
    const spec = specOf(state);
    for (const [name, mu, sigma] of [
      ['p-handles', state.mu1, state.sigma1],
      ['q-handles', state.mu2, state.sigma2],
    ] as const) {
      const [peak, width] = rowsOf(spec, name);
      expect(peak!.x).toBe(mu);
      expectClose(peak!.y, 1 / (sigma * Math.sqrt(2 * Math.PI)), { rel: 1e-14 });
      expectClose(width!.x, mu + sigma, { rel: 1e-15 });
      expectClose(width!.y, density(mu, sigma)(mu + sigma), { rel: 1e-14 });
    }
  });

  it('tops the y axis above both peaks, in steps that keep the structure for small moves', () => {
    const spec = specOf(state);
    const top = spec.y.domain![1] as number;
    expect(top).toBeGreaterThan(1 / (state.sigma1 * Math.sqrt(2 * Math.PI)));
    const moved = specOf({ mu1: 3, sigma1: 0.62, mu2: -4, sigma2: 0.9 });
    expect(structureKey(moved)).toBe(structureKey(spec));
    const narrower = specOf({ ...state, sigma1: 0.1 });
    expect(narrower.y.domain![1]).toBeGreaterThan(1 / (0.1 * Math.sqrt(2 * Math.PI)));
  });

  it('has only finite numbers at the extremes of the ranges', () => {
    for (const extreme of [
      { mu1: -5, sigma1: 0.1, mu2: 5, sigma2: 0.1 },
      { mu1: 5, sigma1: 5, mu2: -5, sigma2: 0.1 },
    ]) {
      for (const m of specOf(extreme).marks)
        for (const row of m.rows)
          for (const value of Object.values(row))
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('describes both curves and quotes the readouts it is given (it computes none)', () => {
    const text = gaussianKlChart.describe(state, 'nats', { 'kl-pq': 1.25, 'kl-qp': 0.5 });
    expect(text).toContain('mean −1.5');
    expect(text).toContain(`D(p‖q) = ${formatQuantity(1.25, 'nats')}`);
    expect(text).toContain(`D(q‖p) = ${formatQuantity(0.5, 'nats')}`);
  });
});
