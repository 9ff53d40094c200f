// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type MockTimingMs, useMockClock } from '@/components/mock/use-mock-clock';
import { advance, apiError, fakeTimersPerTest, stubFetch } from './hook-harness';

/** The server's clock; this browser's runs an hour behind it. */
const SERVER_T0 = Date.parse('2026-11-02T12:00:00Z');
const SKEW = 3_600_000;
const attempt = (over: Partial<MockTimingMs> = {}): MockTimingMs => ({
  id: 'a1',
  mode: 'interview',
  timeLimitSec: 20,
  startedAt: SERVER_T0,
  pausedMs: 0,
  pausedAt: null,
  ...over,
});

function renderClock(timing: MockTimingMs, halted = false) {
  const onTimeUp = vi.fn();
  const beforePause = vi.fn(async () => {});
  const say = vi.fn();
  const hook = renderHook(
    (props: { halted: boolean }) =>
      useMockClock({ attempt: timing, serverNow: SERVER_T0, halted: props.halted, onTimeUp, beforePause, say }),
    { initialProps: { halted } },
  );
  return { ...hook, onTimeUp, beforePause, say };
}

fakeTimersPerTest(SERVER_T0 - SKEW);

describe('useMockClock', () => {
  it('counts down on the server’s clock, whatever this browser’s says', async () => {
    const { result } = renderClock(attempt({ timeLimitSec: 900 }));
    expect(result.current.clock.remainingMs).toBe(900_000);
    await advance(10_000);
    expect(result.current.clock.remainingMs).toBe(890_000);
    expect(result.current.warning).toBeNull();
  });

  it('warns at 5 and 1 minutes left in an interview', async () => {
    const { result } = renderClock(attempt({ timeLimitSec: 900, startedAt: SERVER_T0 - 600_000 }));
    expect(result.current.warning).toBe(300);
    await advance(240_000);
    expect(result.current.warning).toBe(60);
  });

  it('calls onTimeUp once when an interview reaches zero', async () => {
    const { result, onTimeUp } = renderClock(attempt());
    await advance(19_750);
    expect(onTimeUp).not.toHaveBeenCalled();
    await advance(250);
    expect(result.current.clock.timeUp).toBe(true);
    expect(onTimeUp).toHaveBeenCalledTimes(1);
    await advance(5_000);
    expect(onTimeUp).toHaveBeenCalledTimes(1);
  });

  it('a practice attempt runs into overtime without submitting', async () => {
    const { result, onTimeUp } = renderClock(attempt({ mode: 'practice' }));
    await advance(25_000);
    expect(result.current.clock).toMatchObject({ timeUp: true, remainingMs: -5_000 });
    expect(result.current.warning).toBeNull();
    expect(onTimeUp).not.toHaveBeenCalled();
  });

  it('stops while the answer is being submitted', async () => {
    const { result, rerender, onTimeUp } = renderClock(attempt());
    await advance(5_000);
    rerender({ halted: true });
    await advance(30_000);
    expect(result.current.clock.remainingMs).toBe(15_000);
    expect(onTimeUp).not.toHaveBeenCalled();
  });

  it('pauses and resumes a practice attempt on the server, saving first; the clock stands still while paused', async () => {
    let pausedAt: string | null = null;
    const sent = stubFetch((request) => {
      const { paused } = request.body as { paused: boolean };
      const serverNow = new Date(Date.now() + SKEW).toISOString();
      pausedAt = paused ? serverNow : null;
      return { status: 200, body: { pausedMs: paused ? 0 : 4_000, pausedAt, serverNow } };
    });
    const { result, beforePause, say } = renderClock(attempt({ mode: 'practice', timeLimitSec: 900 }));
    await advance(1_000);
    await act(() => result.current.togglePause());
    expect(beforePause).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([expect.objectContaining({ url: '/api/mock/attempts/a1/pause', body: { paused: true } })]);
    expect(result.current.paused).toBe(true);
    expect(result.current.clock.paused).toBe(true);
    const frozen = result.current.clock.remainingMs;
    await advance(4_000);
    expect(result.current.clock.remainingMs).toBe(frozen);

    await act(() => result.current.togglePause());
    expect(beforePause).toHaveBeenCalledTimes(1); // resuming saves nothing
    expect(result.current.paused).toBe(false);
    await advance(1_000);
    expect(result.current.clock.remainingMs).toBe(900_000 - 2_000); // 6 s went by, 4 of them paused
    expect(say).toHaveBeenLastCalledWith(null);
  });

  it('says why a pause was refused', async () => {
    stubFetch(() => apiError(409, 'interview', 'Interviews can’t be paused.'));
    const { result, say } = renderClock(attempt({ mode: 'practice' }));
    await act(() => result.current.togglePause());
    expect(say).toHaveBeenLastCalledWith('Interviews can’t be paused.');
    expect(result.current.paused).toBe(false);
    expect(result.current.pausing).toBe(false);
  });
});
