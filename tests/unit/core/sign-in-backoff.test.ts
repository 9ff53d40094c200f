import { describe, expect, it } from 'vitest';
import { lockoutMs } from '@/lib/core/sign-in-backoff';

describe('lockoutMs', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 60_000],
    [6, 120_000],
    [8, 480_000],
    [20, 3_600_000],
  ])('%d failures -> %d ms', (failures, ms) => {
    expect(lockoutMs(failures)).toBe(ms);
  });

  it('gives a shared address (a classroom behind one NAT) far more room', () => {
    expect(lockoutMs(49, 50)).toBe(0);
    expect(lockoutMs(50, 50)).toBe(60_000);
  });
});
