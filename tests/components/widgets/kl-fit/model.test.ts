import { describe, expect, it } from 'vitest';
import { continuousKl } from '../../../../src/lib/index.ts';
import { fitGaussian } from '../../../../src/components/widgets/kl-fit/fit.ts';
import {
  fittedParameters,
  formatParameter,
  klFitModel,
  type KlFitState,
} from '../../../../src/components/widgets/kl-fit/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

/** Moment matching, from the mixture's parameters: mean wμ₁ + (1 − w)μ₂, variance σ² + w(1 − w)(μ₁ − μ₂)². */
function moments({ weight: w, mu1, mu2, sigma }: KlFitState): { mean: number; sd: number } {
  return {
    mean: w * mu1 + (1 - w) * mu2,
    sd: Math.sqrt(sigma ** 2 + w * (1 - w) * (mu1 - mu2) ** 2),
  };
}

const parameters = (state: KlFitState) =>
  Object.fromEntries(fittedParameters(state).map((p) => [p.name, p.value]));

const gaussianPdf = (mu: number, sigma: number) => (x: number) =>
  Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
const mixturePdf =
  ({ weight, mu1, mu2, sigma }: KlFitState) =>
  (x: number) =>
    weight * gaussianPdf(mu1, sigma)(x) + (1 - weight) * gaussianPdf(mu2, sigma)(x);

const cases: KlFitState[] = [
  { weight: 0.5, mu1: -3, mu2: 3, sigma: 0.7 },
  { weight: 0.3, mu1: -2, mu2: 2, sigma: 1 },
  { weight: 0.8, mu1: 1, mu2: -4, sigma: 0.5 },
  { weight: 0.5, mu1: -5, mu2: 5, sigma: 0.2 },
  { weight: 0.05, mu1: -5, mu2: 5, sigma: 3 },
];

describe('KL fit: forward KL', () => {
  it.each(cases)('lands on moment matching for %o', (state) => {
    const { mean, sd } = moments(state);
    const fitted = parameters(state);
    expectClose(fitted['forward-mu']!, mean, { abs: 1e-6 });
    expectClose(fitted['forward-sigma']!, sd, { rel: 1e-6 });
  });
});

describe('KL fit: reverse KL', () => {
  it('with modes far apart, lands on one mode: its mean and its σ', () => {
    for (const state of [cases[0]!, cases[3]!, { weight: 0.3, mu1: -4, mu2: 4, sigma: 0.8 }]) {
      const fitted = parameters(state);
      const mode =
        Math.abs(fitted['reverse-mu']! - state.mu1) < Math.abs(fitted['reverse-mu']! - state.mu2)
          ? state.mu1
          : state.mu2;
      expectClose(fitted['reverse-mu']!, mode, { abs: 1e-3 });
      expectClose(fitted['reverse-sigma']!, state.sigma, { rel: 1e-3 });
    }
  });

  it('picks the heavier mode (μ₁ when the weights tie)', () => {
    expectClose(parameters({ weight: 0.3, mu1: -4, mu2: 4, sigma: 0.8 })['reverse-mu']!, 4, {
      abs: 1e-3,
    });
    expectClose(parameters(cases[0]!)['reverse-mu']!, -3, { abs: 1e-3 });
  });

  it('with the modes close together, it sits between them and is narrower than the forward fit', () => {
    const fitted = parameters({ weight: 0.5, mu1: -1, mu2: 1, sigma: 1 });
    expectClose(fitted['reverse-mu']!, 0, { abs: 1e-6 });
    expect(fitted['reverse-sigma']!).toBeLessThan(fitted['forward-sigma']!);
  });
});

describe('KL fit: optimiser and readouts', () => {
  it('every step lowers the divergence, and the same state gives the same path', () => {
    for (const direction of ['forward', 'reverse'] as const) {
      const { path } = fitGaussian(cases[1]!, direction);
      for (let i = 1; i < path.length; i++)
        expect(path[i]!.divergence).toBeLessThan(path[i - 1]!.divergence);
      expect(fitGaussian(cases[1]!, direction).path).toEqual(path);
    }
  });

  it('a first Newton step into a region where the integral cannot converge is halved, not fatal', () => {
    // Reachable with the sliders: the reverse fit's first step proposes m ≈ 17, s ≈ 2e-10.
    const state = { weight: 0.58, mu1: 3.39, mu2: -2.54, sigma: 0.78 };
    const { path } = fitGaussian(state, 'reverse');
    expectClose(path.at(-1)!.mu, 3.39, { abs: 1e-3 });
    for (let i = 1; i < path.length; i++)
      expect(path[i]!.divergence).toBeLessThan(path[i - 1]!.divergence);
  });

  it('forward-kl and reverse-kl equal src/lib continuousKl at the fitted Gaussians, in bits and nats', () => {
    const state = cases[1]!;
    const fitted = parameters(state);
    for (const [unit, base] of [
      ['bits', 2],
      ['nats', Math.E],
    ] as const) {
      const [forward, reverse] = klFitModel.readouts(state, unit);
      const forwardQ = gaussianPdf(fitted['forward-mu']!, fitted['forward-sigma']!);
      const reverseQ = gaussianPdf(fitted['reverse-mu']!, fitted['reverse-sigma']!);
      expectClose(forward!.value, continuousKl(mixturePdf(state), forwardQ, -30, 30, { base }), {
        rel: 1e-8,
      });
      expectClose(reverse!.value, continuousKl(reverseQ, mixturePdf(state), -30, 30, { base }), {
        rel: 1e-8,
      });
    }
  });

  it('shows a fitted 1e-12 as "0" and keeps the minus sign of a real negative', () => {
    expect(formatParameter(1.3e-12)).toBe('0');
    expect(formatParameter(-1.3e-12)).toBe('0');
    expect(formatParameter(-3)).toBe('−3');
  });

  it('codecs refuse σ = 0, a weight of 1 and text', () => {
    expect(klFitModel.codecs.sigma.parse('0').ok).toBe(false);
    expect(klFitModel.codecs.weight.parse('1').ok).toBe(false);
    expect(klFitModel.codecs.mu1.parse('two').ok).toBe(false);
  });
});
