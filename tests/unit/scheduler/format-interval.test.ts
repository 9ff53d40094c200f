import { describe, expect, it } from 'vitest';
import { formatInterval } from '@/lib/core/scheduler/format-interval';

const M = 60_000;
describe('formatInterval', () => {
  it.each([
    [10_000, '<1m'],
    [M, '1m'],
    [10 * M, '10m'],
    [3 * 60 * M, '3h'],
    [3 * 24 * 60 * M, '3d'],
    [75 * 24 * 60 * M, '2.5mo'],
    [438 * 24 * 60 * M, '1.2y'],
  ])('%d ms -> %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
