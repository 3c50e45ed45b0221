import { describe, expect, it } from 'vitest';
import { gaussianLogPdf } from '../../../../src/lib/index.ts';
import {
  structureKey,
  type ChartSpec,
  type MarkSpec,
} from '../../../../src/components/kit/chart-spec.ts';
import { formatQuantity } from '../../../../src/components/kit/format.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import {
  describeFits,
  klFitChart,
  klFitSpec,
  pathPositions,
} from '../../../../src/components/widgets/kl-fit/chart.ts';
import { fitBoth } from '../../../../src/components/widgets/kl-fit/fit.ts';
import {
  fittedParameters,
  klFitModel,
  type KlFitState,
} from '../../../../src/components/widgets/kl-fit/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const normal = (mu: number, sigma: number) => (x: number) => Math.exp(gaussianLogPdf(x, mu, sigma));
const mixture =
  ({ weight, mu1, mu2, sigma }: KlFitState) =>
  (x: number) =>
    weight * normal(mu1, sigma)(x) + (1 - weight) * normal(mu2, sigma)(x);

function specOf(state: KlFitState): ChartSpec {
  return klFitChart.spec(state, 'bits', readoutValues(klFitModel.readouts(state, 'bits')));
}

function mark(spec: ChartSpec, name: string): MarkSpec {
  const found = spec.marks.find((m) => m.name === name);
  if (!found) throw new Error(`no mark ${name}`);
  return found;
}
const rowsOf = (spec: ChartSpec, name: string) =>
  mark(spec, name).rows as { x: number; y: number }[];
const area = (rows: { x: number; y: number }[]) =>
  rows.slice(1).reduce((sum, row, i) => sum + ((row.y + rows[i]!.y) / 2) * (row.x - rows[i]!.x), 0);

const state: KlFitState = { weight: 0.3, mu1: -2.5, mu2: 2, sigma: 0.8 };
const fitted = () => Object.fromEntries(fittedParameters(state).map((p) => [p.name, p.value]));

describe('KL fit chart spec', () => {
  it('draws the mixture p as w·N(μ₁, σ²) + (1 − w)·N(μ₂, σ²), integrating to 1', () => {
    const rows = rowsOf(specOf(state), 'p-line');
    for (const row of rows) expectClose(row.y, mixture(state)(row.x), { rel: 1e-12, abs: 1e-300 });
    expectClose(area(rows), 1, { abs: 1e-4 });
  });

  it('draws the forward and reverse fits as the Gaussians at the fitted parameters', () => {
    const spec = specOf(state);
    const parameters = fitted();
    for (const direction of ['forward', 'reverse'] as const) {
      const q = normal(parameters[`${direction}-mu`]!, parameters[`${direction}-sigma`]!);
      for (const row of rowsOf(spec, `${direction}-line`))
        expectClose(row.y, q(row.x), { rel: 1e-12, abs: 1e-300 });
    }
  });

  it('p in tone p, filled; the fits in tone q, forward dashed, reverse solid and thick', () => {
    const spec = specOf(state);
    expect(mark(spec, 'p-area').style?.tone).toBe('p');
    expect(mark(spec, 'p-line').style?.tone).toBe('p');
    expect(mark(spec, 'forward-line').style).toMatchObject({ tone: 'q', strokeDasharray: '6 4' });
    const reverse = mark(spec, 'reverse-line').style!;
    expect(reverse).toMatchObject({ tone: 'q', strokeWidth: 3 });
    expect(reverse.strokeDasharray).toBeUndefined();
    expect(spec.marks.some((m) => m.name === 'forward-area' || m.name === 'reverse-area')).toBe(
      false,
    );
  });

  it('puts grab points on both peaks and one σ outside the second mode, on the curve', () => {
    const [first, second, width] = rowsOf(specOf(state), 'p-handles');
    expect([first!.x, second!.x, width!.x]).toEqual([
      state.mu1,
      state.mu2,
      state.mu2 + state.sigma,
    ]);
    for (const row of [first!, second!, width!])
      expectClose(row.y, mixture(state)(row.x), { rel: 1e-12 });
    const swapped = { ...state, mu1: 3, mu2: -1 };
    expect(rowsOf(specOf(swapped), 'p-handles')[2]!.x).toBe(-1 - state.sigma);
  });

  it('tops the y axis above p and both fits, and keeps it through the animation', () => {
    const spec = specOf(state);
    const top = spec.y.domain![1] as number;
    const tallest = Math.max(
      ...spec.marks.flatMap((m) => (m.rows as { y?: number }[]).map((r) => r.y ?? 0)),
    );
    expect(top).toBeGreaterThan(tallest);
    const fits = fitBoth(state);
    for (const progress of [0, 0.25, 0.5, 0.75, 1])
      expect(structureKey(klFitSpec(state, pathPositions(fits, progress)))).toBe(
        structureKey(spec),
      );
  });

  it('has only finite numbers, even for narrow modes far apart', () => {
    for (const extreme of [
      { weight: 0.5, mu1: -5, mu2: 5, sigma: 0.2 },
      { weight: 0.05, mu1: 5, mu2: -5, sigma: 3 },
    ]) {
      for (const m of specOf(extreme).marks)
        for (const row of m.rows)
          for (const value of Object.values(row))
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('describes the fits and quotes the readouts it is given, saying how far the fit is', () => {
    const points = {
      forward: { mu: 0.65, sigma: 2.2 },
      reverse: { mu: 2, sigma: 0.8 },
    };
    const readouts = { 'forward-kl': 0.75, 'reverse-kl': 0.25 };
    const fittedText = describeFits(state, 'nats', points, readouts, 'fitted');
    expect(fittedText).toContain('fitted: forward (dashed) mean 0.65');
    expect(fittedText).toContain(`D(p‖q) = ${formatQuantity(0.75, 'nats')} forward`);
    expect(fittedText).toContain(`D(q‖p) = ${formatQuantity(0.25, 'nats')} reverse`);
    expect(describeFits(state, 'nats', points, readouts, 0.5)).toContain('50% of the way');
    expect(describeFits(state, 'nats', points, readouts, 'rough')).toContain('roughly');
  });
});
