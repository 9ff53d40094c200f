import { describe, expect, it } from 'vitest';
import { formatDays } from '@/lib/core/format-days';

describe('formatDays', () => {
  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [2, '2 days'],
    [21, '21 days'],
  ])('%i → %s', (n, text) => {
    expect(formatDays(n)).toBe(text);
  });
});
