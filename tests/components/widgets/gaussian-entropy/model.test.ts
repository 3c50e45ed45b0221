import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianEntropy } from '../../../../src/lib/index.ts';
import { gaussianEntropyModel } from '../../../../src/components/widgets/gaussian-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

describe('gaussian entropy model', () => {
  it('entropy readout equals src/lib gaussianEntropy, in bits and nats', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 5, noNaN: true }), (sigma) => {
        const [bits] = gaussianEntropyModel.readouts({ sigma }, 'bits');
        const [nats] = gaussianEntropyModel.readouts({ sigma }, 'nats');
        expectClose(bits!.value, gaussianEntropy(sigma), { rel: 1e-15, abs: 1e-15 });
        expectClose(nats!.value, gaussianEntropy(sigma, { base: Math.E }), {
          rel: 1e-15,
          abs: 1e-15,
        });
      }),
    );
  });
  it('shows a negative differential entropy for a narrow density', () => {
    const [reading] = gaussianEntropyModel.readouts({ sigma: 0.1 }, 'bits');
    expect(reading!.value).toBeLessThan(0);
  });
  it('codec refuses σ ≤ 0 and values outside [0.05, 5]', () => {
    for (const raw of ['0', '-1', '0.01', '5.5', 'NaN', '1e999']) {
      expect(gaussianEntropyModel.codecs.sigma.parse(raw).ok).toBe(false);
    }
  });
});
