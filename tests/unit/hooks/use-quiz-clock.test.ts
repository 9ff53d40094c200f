// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useQuizClock } from '@/components/quiz/use-quiz-clock';
import { advance, fakeTimersPerTest } from './hook-harness';

/** The server's clock; this browser's runs two minutes ahead of it. */
const SERVER_T0 = Date.parse('2026-11-02T12:00:00Z');

fakeTimersPerTest(SERVER_T0 + 120_000);

describe('useQuizClock', () => {
  it('counts down to the deadline on the server’s clock, then finishes (again on each tick until that works)', async () => {
    const onTimeUp = vi.fn();
    const { result } = renderHook(() => useQuizClock({ deadline: SERVER_T0 + 10_000, serverNow: SERVER_T0, onTimeUp }));
    expect(result.current).toBe(10_000);
    await advance(4_000);
    expect(result.current).toBe(6_000);
    await advance(5_750);
    expect(onTimeUp).not.toHaveBeenCalled();
    await advance(250);
    expect(result.current).toBe(0);
    expect(onTimeUp).toHaveBeenCalledTimes(1);
    await advance(500);
    expect(onTimeUp).toHaveBeenCalledTimes(3);
  });

  it('an untimed quiz has no clock', async () => {
    const onTimeUp = vi.fn();
    const { result } = renderHook(() => useQuizClock({ deadline: null, serverNow: SERVER_T0, onTimeUp }));
    await advance(60_000);
    expect(result.current).toBeNull();
    expect(onTimeUp).not.toHaveBeenCalled();
  });
});
