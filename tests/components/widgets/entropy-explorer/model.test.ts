import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy, entropy } from '../../../../src/lib/index.ts';
import {
  entropyExplorerChart,
  surprises,
} from '../../../../src/components/widgets/entropy-explorer/chart.ts';
import { entropyExplorerModel } from '../../../../src/components/widgets/entropy-explorer/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';

const readout = (p: number[], unit: 'bits' | 'nats', name: string): number => {
  const found = entropyExplorerModel.readouts({ p }, unit).find((entry) => entry.name === name);
  if (!found) throw new Error(`no readout ${name}`);
  return found.value;
};

describe('entropy explorer model', () => {
  it('entropy readout equals src/lib entropy in bits and in nats', () => {
    const p = [0.2, 0.3, 0.5];
    expectClose(readout(p, 'bits', 'entropy'), entropy(p), { rel: 1e-15 });
    expectClose(readout(p, 'nats', 'entropy'), entropy(p, { base: Math.E }), { rel: 1e-15 });
  });
  it('max-entropy readout is log n of the number of outcomes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), (n) => {
        const p = Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
        expectClose(readout(p, 'bits', 'max-entropy'), Math.log2(n), { rel: 1e-12 });
        expectClose(readout(p, 'nats', 'max-entropy'), Math.log(n), { rel: 1e-12 });
      }),
    );
  });
  it('readouts carry the unit they were computed in', () => {
    expect(
      entropyExplorerModel.readouts({ p: [0.5, 0.5] }, 'nats').map((entry) => entry.unit),
    ).toEqual(['nats', 'nats']);
  });
  it('default state is a valid distribution its codec accepts', () => {
    const codec = entropyExplorerModel.codecs.p;
    expect(codec.parse(codec.format(entropyExplorerModel.defaults.p)).ok).toBe(true);
  });
});

describe('entropy explorer chart', () => {
  it('surprise of each outcome is −log p from the library, ∞ for p = 0', () => {
    const p = [0.25, 0.75, 0];
    const values = surprises(p, 'bits');
    expectClose(values[0]!, crossEntropy([1, 0, 0], p), { rel: 1e-15 });
    expectClose(values[0]!, -Math.log2(0.25), { rel: 1e-12 });
    expect(values[2]).toBe(Infinity);
  });
  it('text alternative names every outcome with its surprise in the unit', () => {
    const text = entropyExplorerChart.describe({ p: [0.5, 0.5] }, 'nats', {});
    expect(text).toMatch(/^Bar chart of p over 2 outcomes: 1: 0\.5 \(surprise 0\.6931 nats\); 2: /);
  });
});
