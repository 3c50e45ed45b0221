import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianKl } from '../../../../src/lib/index.ts';
import { gaussianKlModel } from '../../../../src/components/widgets/gaussian-kl/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const state = fc.record({
  mu1: fc.double({ min: -5, max: 5, noNaN: true }),
  sigma1: fc.double({ min: 0.1, max: 5, noNaN: true }),
  mu2: fc.double({ min: -5, max: 5, noNaN: true }),
  sigma2: fc.double({ min: 0.1, max: 5, noNaN: true }),
});

const byName = (s: Parameters<typeof gaussianKlModel.readouts>[0], unit: 'bits' | 'nats') =>
  Object.fromEntries(gaussianKlModel.readouts(s, unit).map((r) => [r.name, r.value]));

describe('Gaussian KL model', () => {
  it('kl-pq and kl-qp are src/lib gaussianKl both ways, in bits and nats', () => {
    fc.assert(
      fc.property(state, (s) => {
        for (const [unit, base] of [
          ['bits', 2],
          ['nats', Math.E],
        ] as const) {
          const readouts = byName(s, unit);
          expect(readouts['kl-pq']).toBe(gaussianKl(s.mu1, s.sigma1, s.mu2, s.sigma2, { base }));
          expect(readouts['kl-qp']).toBe(gaussianKl(s.mu2, s.sigma2, s.mu1, s.sigma1, { base }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('kl-numeric, the quadrature of ∫ p log(p/q), agrees with the closed form', () => {
    fc.assert(
      fc.property(state, (s) => {
        const readouts = byName(s, 'nats');
        expectClose(readouts['kl-numeric']!, readouts['kl-pq']!, { rel: 1e-8, abs: 1e-12 });
      }),
      { numRuns: 60 },
    );
  });

  it('equal Gaussians give 0 both ways', () => {
    const readouts = byName({ mu1: 1, sigma1: 2, mu2: 1, sigma2: 2 }, 'bits');
    expect(readouts['kl-pq']).toBe(0);
    expectClose(readouts['kl-numeric']!, 0, { abs: 1e-12 });
  });

  it('codecs refuse σ = 0, a negative σ, text and an empty box', () => {
    for (const raw of ['0', '-1', 'abc', ''])
      expect(gaussianKlModel.codecs.sigma1.parse(raw).ok).toBe(false);
    expect(gaussianKlModel.codecs.mu2.parse('-5').ok).toBe(true);
  });
});
