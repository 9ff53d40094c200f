import { describe, expect, it } from 'vitest';
import { formatJoinCode } from '@/lib/core/classes/format-join-code';
import { generateJoinCode } from '@/lib/core/classes/generate-join-code';
import { JOIN_CODE_ALPHABET, JOIN_CODE_BITS } from '@/lib/core/classes/join-code';
import { normalizeJoinCode } from '@/lib/core/classes/normalize-join-code';
import { createSeededRandom } from '@/lib/core/seeded-random';

const bytes = (values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('join codes', () => {
  it('have at least 40 bits of entropy over an alphabet without look-alikes', () => {
    expect(JOIN_CODE_BITS).toBeGreaterThanOrEqual(40);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L', 'U']) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('map bytes to characters without bias: bytes at or above 240 are skipped', () => {
    expect(generateJoinCode(bytes([0, 1, 29, 30, 239, 240, 255, 2, 3, 4, 5, 6]))).toBe('23Z2Z45678');
    expect(() => generateJoinCode(bytes([256]))).toThrow(RangeError);
  });

  it('use every character about equally often', () => {
    const random = createSeededRandom('join-codes');
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      for (const ch of generateJoinCode(() => Math.floor(random() * 256))) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    const expected = 30_000 / JOIN_CODE_ALPHABET.length;
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it('normalise what people type, and format for display', () => {
    expect(normalizeJoinCode(' abcde-23456 ')).toBe('ABCDE23456');
    expect(normalizeJoinCode('ABCDE 23456')).toBe('ABCDE23456');
    expect(normalizeJoinCode('ABCDE2345')).toBeNull();
    expect(normalizeJoinCode('ABCDE2345O')).toBeNull(); // O is not in the alphabet
    expect(normalizeJoinCode('../../etc')).toBeNull();
    expect(formatJoinCode('ABCDE23456')).toBe('ABCDE-23456');
  });
});
