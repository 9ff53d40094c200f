import { describe, expect, it } from 'vitest';
import { parseWebConcurrency } from '@/scripts/lib/web-concurrency.mjs';

describe('parseWebConcurrency', () => {
  it('unset is the fallback, auto is one per core, a number is that many workers', () => {
    expect(parseWebConcurrency(undefined, 4)).toBe(1);
    expect(parseWebConcurrency('', 4, 2)).toBe(2);
    expect(parseWebConcurrency('auto', 4)).toBe(4);
    expect(parseWebConcurrency('3', 4)).toBe(3);
  });
  it.each(['0', '-1', 'two', '65', '1.5'])('refuses %s', (value) => {
    expect(() => parseWebConcurrency(value, 4)).toThrow('WEB_CONCURRENCY');
  });
});
