import { describe, expect, it } from 'vitest';
import { dragTo, handleXs } from '../../../../src/components/widgets/kl-fit/drag.ts';
import {
  klFitModel,
  MU_LIMIT,
  SIGMA_MAX,
  SIGMA_MIN,
} from '../../../../src/components/widgets/kl-fit/model.ts';

const start = { weight: 0.5, mu1: -3, mu2: 3, sigma: 0.7 };

describe('dragging the KL fit chart', () => {
  it('a peak moves its mode’s mean to the pointer’s x, on the slider step', () => {
    expect(dragTo(start, 0, -1.234)).toEqual({ ...start, mu1: -1.23 });
    expect(dragTo(start, 1, 2.006)).toEqual({ ...start, mu2: 2.01 });
  });

  it('the width handle sets σ to its distance outside the second mode', () => {
    expect(handleXs(start)[2]).toBe(3.7);
    expect(dragTo(start, 2, 4.2)).toEqual({ ...start, sigma: 1.2 });
    const swapped = { ...start, mu1: 3, mu2: -3 };
    expect(handleXs(swapped)[2]).toBe(-3.7);
    expect(dragTo(swapped, 2, -4.5)).toEqual({ ...swapped, sigma: 1.5 });
  });

  it('clamps to the controls’ ranges: the handle dragged onto or past the peak gives the smallest σ', () => {
    expect(dragTo(start, 0, -9).mu1).toBe(-MU_LIMIT);
    expect(dragTo(start, 1, 11).mu2).toBe(MU_LIMIT);
    expect(dragTo(start, 2, 2).sigma).toBe(SIGMA_MIN);
    expect(dragTo(start, 2, 11).sigma).toBe(SIGMA_MAX);
  });

  it('lands on values a link can carry', () => {
    for (const x of [-4.996, -0.3049, 0.1, 2.675]) {
      const { mu2 } = dragTo(start, 1, x);
      const codec = klFitModel.codecs.mu2;
      expect(codec.parse(codec.format(mu2))).toEqual({ ok: true, value: mu2 });
    }
  });
});
