import { describe, expect, it } from 'vitest';
import { dragTo } from '../../../../src/components/widgets/gaussian-kl/drag.ts';
import {
  gaussianKlModel,
  MU_LIMIT,
  SIGMA_MAX,
  SIGMA_MIN,
} from '../../../../src/components/widgets/gaussian-kl/model.ts';

const start = { mu1: 0, sigma1: 1, mu2: 1, sigma2: 2 };

describe('dragging the Gaussian KL chart', () => {
  it('a peak moves its mean to the pointer’s x, on the slider step, leaving the rest', () => {
    expect(dragTo(start, 'p-handles', 0, 1.2345)).toEqual({ ...start, mu1: 1.23 });
    expect(dragTo(start, 'q-handles', 0, -2.019)).toEqual({ ...start, mu2: -2.02 });
  });

  it('a width handle sets σ to the pointer’s distance right of the mean', () => {
    expect(dragTo(start, 'p-handles', 1, 0.7)).toEqual({ ...start, sigma1: 0.7 });
    expect(dragTo(start, 'q-handles', 1, 4.504)).toEqual({ ...start, sigma2: 3.5 });
  });

  it('clamps to the controls’ ranges: a handle left of the mean gives the smallest σ', () => {
    expect(dragTo(start, 'p-handles', 0, 11).mu1).toBe(MU_LIMIT);
    expect(dragTo(start, 'p-handles', 0, -11).mu1).toBe(-MU_LIMIT);
    expect(dragTo(start, 'p-handles', 1, -3).sigma1).toBe(SIGMA_MIN);
    expect(dragTo(start, 'q-handles', 1, 11).sigma2).toBe(SIGMA_MAX);
  });

  it('lands on values a link can carry (the codec reads back what it writes)', () => {
    for (const x of [-4.996, -0.3049, 0.1, 2.675, 4.444]) {
      const { mu1 } = dragTo(start, 'p-handles', 0, x);
      const codec = gaussianKlModel.codecs.mu1;
      expect(codec.parse(codec.format(mu1))).toEqual({ ok: true, value: mu1 });
      expect(String(mu1)).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
  });
});
