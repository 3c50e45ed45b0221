import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianKl } from '../../../../src/lib/index.ts';
import { dragTo } from '../../../../src/components/widgets/vae-kl/drag.ts';
import {
  MU_LIMIT,
  SIGMA_MAX,
  SIGMA_MIN,
  vaeKlModel,
} from '../../../../src/components/widgets/vae-kl/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const state = fc.record({
  mu: fc.double({ min: -MU_LIMIT, max: MU_LIMIT, noNaN: true }),
  sigma: fc.double({ min: SIGMA_MIN, max: SIGMA_MAX, noNaN: true }),
});

const kl = (s: { mu: number; sigma: number }, unit: 'bits' | 'nats') =>
  vaeKlModel.readouts(s, unit).find((r) => r.name === 'kl')!.value;

describe('VAE KL model', () => {
  it('kl is src/lib gaussianKl from q(z|x) = N(μ, σ²) to the prior N(0, 1), in bits and nats', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(kl(s, 'bits')).toBe(gaussianKl(s.mu, s.sigma, 0, 1, { base: 2 }));
        expect(kl(s, 'nats')).toBe(gaussianKl(s.mu, s.sigma, 0, 1, { base: Math.E }));
      }),
      { numRuns: 60 },
    );
  });

  it('in nats it is the VAE term ½(μ² + σ² − 1 − ln σ²), zero only at μ = 0, σ = 1', () => {
    fc.assert(
      fc.property(state, ({ mu, sigma }) => {
        const closedForm = 0.5 * (mu * mu + sigma * sigma - 1 - Math.log(sigma * sigma));
        expectClose(kl({ mu, sigma }, 'nats'), closedForm, { rel: 1e-10, abs: 1e-14 });
      }),
      { numRuns: 60 },
    );
    expect(kl({ mu: 0, sigma: 1 }, 'bits')).toBe(0);
    expect(kl({ mu: 0.01, sigma: 1 }, 'bits')).toBeGreaterThan(0);
  });

  it('codecs refuse σ = 0, a mean beyond the axis, and text', () => {
    expect(vaeKlModel.codecs.sigma.parse('0').ok).toBe(false);
    expect(vaeKlModel.codecs.mu.parse(String(MU_LIMIT + 1)).ok).toBe(false);
    expect(vaeKlModel.codecs.mu.parse('alert(1)').ok).toBe(false);
    expect(vaeKlModel.codecs.sigma.parse('0.5')).toEqual({ ok: true, value: 0.5 });
  });
});

describe('dragging q', () => {
  it('the peak moves μ to the pointer, kept on the axis', () => {
    expect(dragTo({ mu: 1, sigma: 0.5 }, 0, -2.5).mu).toBe(-2.5);
    expect(dragTo({ mu: 1, sigma: 0.5 }, 0, 99).mu).toBe(MU_LIMIT);
  });

  it('the width handle at μ + σ sets σ to its distance from the peak, within its range', () => {
    expect(dragTo({ mu: 1, sigma: 0.5 }, 1, 2.5)).toEqual({ mu: 1, sigma: 1.5 });
    expect(dragTo({ mu: 1, sigma: 0.5 }, 1, 0).sigma).toBe(SIGMA_MIN);
  });
});
