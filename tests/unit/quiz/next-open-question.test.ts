import { describe, expect, it } from 'vitest';
import { nextOpenQuestion } from '@/lib/core/quiz/next-open-question';

describe('nextOpenQuestion', () => {
  it.each<[string, number, Record<number, unknown>, number, number]>([
    ['the next one', 4, {}, 0, 1],
    ['skips answered ones', 4, { 1: 'x', 2: 'x' }, 0, 3],
    ['wraps round to an earlier one left open', 4, { 0: 'x', 2: 'x', 3: 'x' }, 2, 1],
    ['comes back to the current one when it is the only one open', 3, { 1: 'x', 2: 'x' }, 0, 0],
    ['-1 when all are answered', 3, { 0: 'x', 1: 'x', 2: 'x' }, 1, -1],
  ])('%s', (_name, count, answered, from, expected) => {
    expect(nextOpenQuestion(count, answered, from)).toBe(expected);
  });
});
