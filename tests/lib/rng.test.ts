import { describe, expect, it } from 'vitest';
import { createRng, tossCoins } from '../../src/lib/index.ts';
import { loadFixture } from './fixture-data.ts';

const { streams } = loadFixture<{ streams: { seed: number; first: number[] }[] }>(
  'rng-streams.json',
);

describe('createRng', () => {
  it.each(streams)(
    'createRng($seed) reproduces the stream of an independent implementation',
    ({ seed, first }) => {
      const rng = createRng(seed);
      expect(first.map(() => rng())).toEqual(first);
    },
  );

  it.each(streams)(
    'createRng($seed).fillUint32 gives the same stream as integers k = u·2³²',
    ({ seed, first }) => {
      const filled = createRng(seed).fillUint32(new Uint32Array(first.length));
      expect([...filled].map((k) => k / 2 ** 32)).toEqual(first);
    },
  );

  it('fillUint32 and single calls share one stream, in any order', () => {
    const single = createRng(77);
    const expected = Array.from({ length: 40 }, () => single() * 2 ** 32);
    const mixed = createRng(77);
    const got = [
      mixed() * 2 ** 32,
      ...mixed.fillUint32(new Uint32Array(17)),
      mixed() * 2 ** 32,
      mixed() * 2 ** 32,
      ...mixed.fillUint32(new Uint32Array(0)),
      ...mixed.fillUint32(new Uint32Array(20)),
    ];
    expect(got).toEqual(expected);
  });

  it('createRng gives the same stream for the same seed and different streams for different seeds', () => {
    const a = createRng(2024);
    const b = createRng(2024);
    const c = createRng(2025);
    const fromA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(fromA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(fromA);
  });

  it('createRng returns numbers in [0, 1) whose mean is near ½', () => {
    const rng = createRng(9);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = rng();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    // the standard error of the mean of 10⁵ uniforms is 0.0009; 5 of them is a loose gate
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.0046);
  });
});

describe('tossCoins', () => {
  it('tossCoins(n, 0, rng) is all tails and tossCoins(n, 1, rng) all heads', () => {
    expect(tossCoins(10_000, 0, createRng(1)).every((toss) => toss === 0)).toBe(true);
    expect(tossCoins(10_000, 1, createRng(1)).every((toss) => toss === 1)).toBe(true);
  });

  it('tossCoins with the same seed gives the same tosses', () => {
    expect(tossCoins(500, 0.3, createRng(5))).toEqual(tossCoins(500, 0.3, createRng(5)));
  });

  it('tossCoins(n, 0) returns an empty Uint8Array for n = 0', () => {
    expect(tossCoins(0, 0.5, createRng(1))).toEqual(new Uint8Array(0));
  });

  it('tossCoins heads frequency approaches pHeads', () => {
    const tosses = tossCoins(100_000, 0.3, createRng(11));
    const heads = tosses.reduce((sum, toss) => sum + toss, 0);
    // standard error √(0.3·0.7/10⁵) ≈ 0.00145; allow 5 of them
    expect(Math.abs(heads / 100_000 - 0.3)).toBeLessThan(0.0073);
  });
});
