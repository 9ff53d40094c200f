import { describe, expect, it } from 'vitest';
import { orderAfterRefresh } from '@/lib/core/cards/order-after-refresh';

describe('orderAfterRefresh', () => {
  const local = ['B', 'D', 'C', 'A'];

  it('takes the server order when nothing is in progress', () => {
    expect(orderAfterRefresh(local, ['B', 'C', 'A', 'D'], { midMove: false })).toEqual(['B', 'C', 'A', 'D']);
  });

  it('keeps the move in progress when a late echo of an earlier save holds the same cards', () => {
    expect(orderAfterRefresh(local, ['B', 'C', 'A', 'D'], { midMove: true })).toBe(local);
  });

  it('takes the server order mid-move when cards were added or removed meanwhile', () => {
    expect(orderAfterRefresh(local, ['B', 'C', 'A', 'D', 'E'], { midMove: true })).toEqual(['B', 'C', 'A', 'D', 'E']);
    expect(orderAfterRefresh(local, ['B', 'C', 'A'], { midMove: true })).toEqual(['B', 'C', 'A']);
    expect(orderAfterRefresh(local, ['B', 'C', 'A', 'E'], { midMove: true })).toEqual(['B', 'C', 'A', 'E']);
  });
});
