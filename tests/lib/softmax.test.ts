import { describe, expect, it } from 'vitest';
import { logSoftmax, softmax } from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';

describe('softmax and logSoftmax', () => {
  it('softmax of equal logits is uniform', () => {
    expect(Array.from(softmax([2, 2, 2, 2]))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('softmax([0, ln 3]) = [¼, ¾]', () => {
    expectAllClose(softmax([0, Math.log(3)]), [0.25, 0.75], { rel: 1e-15 });
  });

  it('softmax is finite and exact for logits of ±1000', () => {
    expect(Array.from(softmax([1000, -1000]))).toEqual([1, 0]);
    expect(Array.from(softmax([1000, 1000]))).toEqual([0.5, 0.5]);
    expect(Array.from(softmax([-1000, -1000]))).toEqual([0.5, 0.5]);
  });

  it('logSoftmax is finite where softmax underflows to 0', () => {
    expect(Array.from(logSoftmax([1000, -1000]))).toEqual([0, -2000]);
  });

  it('logSoftmax(x) = ln softmax(x) where softmax does not underflow', () => {
    const logits = [0.3, -2, 4.5, 1];
    const probabilities = softmax(logits);
    expectAllClose(logSoftmax(logits), Array.from(probabilities, Math.log), {
      rel: 1e-14,
      abs: 1e-15,
    });
  });

  it('softmax of one logit is [1]', () => {
    expect(Array.from(softmax([-7]))).toEqual([1]);
    expectClose(logSoftmax([-7])[0]!, 0);
  });
});
