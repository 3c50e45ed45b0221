import { describe, expect, it } from 'vitest';
import { crossEntropy, entropy, klDivergence } from '../../../src/lib/index.ts';
import {
  definePairLink,
  pairMeasureBits,
  samePair,
  startingPair,
  withLinkedPair,
} from '../../../src/components/kit/pair-link.ts';

const link = definePairLink('pair', [0.5, 0.25, 0.25], [0.25, 0.25, 0.5]);
const members = [
  { id: 'cross-entropy-explorer', fields: ['p', 'q'] as const },
  { id: 'coding-game', fields: ['p', 'q'] as const },
];
const start = (query: string) => startingPair(new URLSearchParams(query), link, members);

describe('definePairLink', () => {
  it('refuses an id that is no slug, a list that is no distribution and a pair of two lengths', () => {
    expect(() => definePairLink('Pair one', [0.5, 0.5], [0.5, 0.5])).toThrow(/slug/);
    expect(() => definePairLink('pair', [0.5, 0.6], [0.5, 0.5])).toThrow(/p /);
    expect(() => definePairLink('pair', [0.5, 0.5], [0.2, 0.3, 0.5])).toThrow(/outcomes/);
  });
});

describe('pairMeasureBits', () => {
  it('computes each prose measure with src/lib, in bits', () => {
    const pair = { p: [0.1, 0.9], q: [0.6, 0.4] };
    expect(pairMeasureBits('entropy-p', pair)).toBe(entropy(pair.p));
    expect(pairMeasureBits('entropy-q', pair)).toBe(entropy(pair.q));
    expect(pairMeasureBits('cross-entropy-pq', pair)).toBe(crossEntropy(pair.p, pair.q));
    expect(pairMeasureBits('cross-entropy-qp', pair)).toBe(crossEntropy(pair.q, pair.p));
    expect(pairMeasureBits('kl-pq', pair)).toBe(klDivergence(pair.p, pair.q));
    expect(pairMeasureBits('kl-qp', pair)).toBe(klDivergence(pair.q, pair.p));
  });
});

describe('startingPair', () => {
  it('is the lesson’s pair when the link says nothing about it', () => {
    const started = start('unit=nats&coding-game.n=50');
    expect(started.source).toBe('page');
    expect(samePair(started.pair, { p: [...link.p], q: [...link.q] })).toBe(true);
  });

  it('takes the link’s own parameters, filling a missing one from the lesson', () => {
    const started = start('pair.q=0.2,0.3,0.5&coding-game.p=0.4,0.3,0.3');
    expect(started).toMatchObject({ source: 'link', pair: { p: link.p, q: [0.2, 0.3, 0.5] } });
  });

  it('else takes the first widget, in page order, whose own parameters make a pair', () => {
    const started = start('coding-game.q=0.2,0.3,0.5&cross-entropy-explorer.p=0.5,0.5');
    // The explorer's p has 2 outcomes against the lesson's 3: not a pair, so the game's q wins.
    expect(started).toMatchObject({
      source: 'coding-game',
      pair: { p: link.p, q: [0.2, 0.3, 0.5] },
    });
  });

  it('lists unusable link parameters, and a p and q that do not fit, with a reason', () => {
    const started = start('pair.p=0.5,0.5&pair.zz=%3Cscript%3E&pair.q=1e999');
    expect(started.source).toBe('page');
    const reasons = started.ignored.map(({ key, reason }) => `${key}: ${reason}`);
    expect(reasons).toEqual([
      'pair.zz: unknown parameter',
      expect.stringMatching(/^pair\.q: value /),
      'pair.p: q has 3 outcomes but p has 2; give both the same number',
    ]);
  });
});

describe('withLinkedPair', () => {
  it('gives a widget the link’s pair, and refuses a p or q given beside the link', () => {
    expect(withLinkedPair('kl-explorer', link, { n: 3 })).toEqual({ n: 3, p: link.p, q: link.q });
    expect(withLinkedPair('kl-explorer', undefined, { p: [1, 0] })).toEqual({ p: [1, 0] });
    expect(() => withLinkedPair('kl-explorer', link, { p: [0.5, 0.5] })).toThrow(/link "pair"/);
  });
});
