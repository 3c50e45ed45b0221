import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDistribution } from '../../../src/lib/index.ts';
import {
  addOutcome,
  checkDistribution,
  normaliseValues,
  parseTypedProbability,
  removeOutcome,
  rescaleOthers,
} from '../../../src/components/kit/distribution-edits.ts';
import { expectClose } from '../../helpers/expect-close.ts';

const distribution = fc
  .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 })
  .map((weights) => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return weights.map((weight) => weight / total);
  });

describe('rescaleOthers(values, index, value)', () => {
  it('sets one entry and keeps a distribution, the others in proportion', () => {
    fc.assert(
      fc.property(distribution, fc.double({ min: 0, max: 1, noNaN: true }), (p, value) => {
        const next = rescaleOthers(p, 0, value);
        expect(next[0]).toBe(value);
        expect(isDistribution(next)).toBe(true);
        if (value < 1 && p.length > 2)
          expectClose(next[1]! / next[2]!, p[1]! / p[2]!, { rel: 1e-9 });
      }),
    );
  });
  it('shares the rest evenly when the others are all zero', () => {
    expect(rescaleOthers([1, 0, 0], 0, 0.5)).toEqual([0.5, 0.25, 0.25]);
  });
});

describe('typed values are never rescaled', () => {
  it('checkDistribution refuses a list that does not sum to 1 and says the sum', () => {
    const result = checkDistribution([0.5, 0.4], 'p');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('sum to 0.9000');
  });
  it.each(['abc', '', '-0.1', '1.5', 'NaN'])(
    'parseTypedProbability refuses %j naming the outcome',
    (raw) => {
      const result = parseTypedProbability(raw, 'p', 1);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^p\(2\) /);
    },
  );
});

describe('normalise, add and remove', () => {
  it('normaliseValues scales to 1 and refuses all zeros', () => {
    expect(normaliseValues([1, 3], 'p')).toEqual({ ok: true, value: [0.25, 0.75] });
    expect(normaliseValues([0, 0], 'p').ok).toBe(false);
  });
  it('addOutcome appends a zero up to 10 outcomes', () => {
    expect(addOutcome([0.5, 0.5])).toEqual([0.5, 0.5, 0]);
    expect(addOutcome(Array.from({ length: 10 }, () => 0.1))).toHaveLength(10);
  });
  it('removeOutcome drops the last and renormalises, down to 2 outcomes', () => {
    expect(removeOutcome([0.25, 0.25, 0.5])).toEqual([0.5, 0.5]);
    expect(removeOutcome([0, 0, 1])).toEqual([0.5, 0.5]);
    expect(removeOutcome([0.5, 0.5])).toEqual([0.5, 0.5]);
  });
});
