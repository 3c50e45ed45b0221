import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryEntropy } from '../../../../src/lib/index.ts';
import { readoutValues } from '../../../../src/components/kit/types.ts';
import { binaryEntropyChart } from '../../../../src/components/widgets/binary-entropy/chart.ts';
import { binaryEntropyModel } from '../../../../src/components/widgets/binary-entropy/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

describe('binary entropy model', () => {
  it('entropy readout equals src/lib binaryEntropy, in bits and nats', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const [bits] = binaryEntropyModel.readouts({ p }, 'bits');
        const [nats] = binaryEntropyModel.readouts({ p }, 'nats');
        expectClose(bits!.value, binaryEntropy(p), { rel: 1e-15 });
        expectClose(nats!.value, binaryEntropy(p, { base: Math.E }), { rel: 1e-15 });
        expect(nats!.unit).toBe('nats');
      }),
    );
  });
  it('codec refuses p outside [0, 1]', () => {
    expect(binaryEntropyModel.codecs.p.parse('1.01').ok).toBe(false);
    expect(binaryEntropyModel.codecs.p.parse('-1').ok).toBe(false);
  });
  it('chart description marks the current point with its entropy', () => {
    const readouts = readoutValues(binaryEntropyModel.readouts({ p: 0.5 }, 'bits'));
    expect(binaryEntropyChart.describe({ p: 0.5 }, 'bits', readouts)).toContain(
      'p = 0.5, H_b(p) = 1 bit',
    );
  });
});
