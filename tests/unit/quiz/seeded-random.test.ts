import { describe, expect, it } from 'vitest';
import { createSeededRandom, hashString, shuffle } from '@/lib/core/seeded-random';

const take = (seed: string, n: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('seeded randomness', () => {
  it('hashString is a stable unsigned 32-bit hash', () => {
    expect(hashString('')).toBe(hashString(''));
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
    for (const s of ['', 'a', 'delight', 'x'.repeat(1000)]) {
      expect(Number.isInteger(hashString(s))).toBe(true);
      expect(hashString(s)).toBeGreaterThanOrEqual(0);
      expect(hashString(s)).toBeLessThan(2 ** 32);
    }
  });

  it('the same seed gives the same sequence, another seed another one, always in [0, 1)', () => {
    const a = take('seed', 1000);
    expect(take('seed', 1000)).toEqual(a);
    expect(take('seed2', 1000)).not.toEqual(a);
    for (const x of a) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const mean = a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('shuffle returns a permutation, leaves its input alone, and depends only on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const copy = [...items];
    const one = shuffle(items, createSeededRandom('s'));
    expect(items).toEqual(copy);
    expect([...one].sort((x, y) => x - y)).toEqual(items);
    expect(shuffle(items, createSeededRandom('s'))).toEqual(one);
    expect(shuffle(items, createSeededRandom('t'))).not.toEqual(one);
    expect(shuffle([], createSeededRandom('s'))).toEqual([]);
  });

  it('every position is reachable (no bias towards leaving items in place)', () => {
    const firsts = new Set<number>();
    for (let i = 0; i < 200; i++) firsts.add(shuffle([0, 1, 2, 3], createSeededRandom(`seed-${i}`))[0]!);
    expect(firsts).toEqual(new Set([0, 1, 2, 3]));
  });
});
