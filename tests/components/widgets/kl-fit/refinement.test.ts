import { describe, expect, it } from 'vitest';
import { coarseFits } from '../../../../src/components/widgets/kl-fit/coarse-fit.ts';
import { fitBoth, knownFits } from '../../../../src/components/widgets/kl-fit/fit.ts';
import {
  fittedParameters,
  klFitModel,
  parametersOf,
  type KlFitState,
} from '../../../../src/components/widgets/kl-fit/model.ts';
import { currentFits, refineLater } from '../../../../src/components/widgets/kl-fit/refinement.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const refined = (state: KlFitState, delayMs = 0) =>
  new Promise<void>((resolve) => refineLater(state, delayMs, resolve));

const byName = <T extends { name: string; value: number }>(list: T[]) =>
  Object.fromEntries(list.map((item) => [item.name, item.value]));

describe('KL fit: coarse fit, then the full one', () => {
  it('the coarse fit from cold lands within 1e-4 of the full fit, divergences within 1e-5', () => {
    for (const state of [
      { weight: 0.5, mu1: -3, mu2: 3, sigma: 0.7 },
      { weight: 0.3, mu1: -2, mu2: 2, sigma: 1 },
      { weight: 0.8, mu1: 1, mu2: -4, sigma: 0.5 },
      { weight: 0.05, mu1: -5, mu2: 5, sigma: 3 },
    ]) {
      const full = fitBoth(state);
      const coarse = coarseFits(state, Math.E);
      for (const direction of ['forward', 'reverse'] as const) {
        const last = full[direction].path.at(-1)!;
        expectClose(coarse[direction].mu, last.mu, { abs: 1e-4 });
        expectClose(coarse[direction].sigma, last.sigma, { rel: 1e-4 });
        expectClose(coarse[direction].divergence, last.divergence, { rel: 1e-5, abs: 1e-9 });
      }
    }
  });

  it('warm-started from a neighbouring fit, a few coarse steps follow the move', () => {
    const before = { weight: 0.4, mu1: -2, mu2: 3, sigma: 0.9 };
    const after = { ...before, mu2: 3.2 };
    const coarse = coarseFits(after, 2, coarseFits(before, 2));
    const full = Object.fromEntries(fittedParameters(after).map((p) => [p.name, p.value]));
    expectClose(coarse.forward.mu, full['forward-mu']!, { abs: 1e-4 });
    expectClose(coarse.reverse.mu, full['reverse-mu']!, { abs: 1e-4 });
    expectClose(coarse.reverse.sigma, full['reverse-sigma']!, { rel: 1e-4 });
  });

  it('shows the coarse fit until the full fit is known, then exactly the model’s readouts', async () => {
    const state = { weight: 0.62, mu1: -1.7, mu2: 2.9, sigma: 0.65 };
    expect(knownFits(state)).toBeUndefined();
    const rough = currentFits(state, 'bits');
    expect(rough.refined).toBe(false);
    await refined(state);
    const exact = currentFits(state, 'bits', rough);
    expect(exact.refined).toBe(true);
    expect(exact.readouts).toEqual(klFitModel.readouts(state, 'bits'));
    expect(byName(parametersOf(exact.points))).toEqual(byName(fittedParameters(state)));
    // …which the coarse fit had come close to.
    const roughValues = byName(rough.readouts);
    for (const readout of exact.readouts)
      expectClose(roughValues[readout.name]!, readout.value, { rel: 1e-5 });
    const roughPoints = byName(parametersOf(rough.points));
    for (const parameter of fittedParameters(state))
      expectClose(roughPoints[parameter.name]!, parameter.value, { abs: 1e-4 });
    // In nats too, from the same fits.
    expect(currentFits(state, 'nats').readouts).toEqual(klFitModel.readouts(state, 'nats'));
  });

  it('a cancelled refinement never reports and leaves nothing behind', async () => {
    const state = { weight: 0.44, mu1: -0.6, mu2: 4.1, sigma: 1.3 };
    let reported = false;
    const refinement = refineLater(state, 0, () => (reported = true));
    refinement.cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reported).toBe(false);
    expect(knownFits(state)).toBeUndefined();
  });

  it('hurry() starts a refinement still waiting out its delay', async () => {
    const state = { weight: 0.71, mu1: 0.4, mu2: -3.3, sigma: 0.45 };
    const started = performance.now();
    await new Promise<void>((resolve) => refineLater(state, 60_000, resolve).hurry());
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(knownFits(state)).toBeDefined();
  });
});
