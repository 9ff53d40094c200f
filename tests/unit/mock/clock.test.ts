import { describe, expect, it } from 'vitest';
import { acceptsMockWrites } from '@/lib/core/mock/accepts-mock-writes';
import { computeMockClock } from '@/lib/core/mock/compute-mock-clock';
import { formatClock } from '@/lib/core/mock/format-clock';
import { getTimerWarning } from '@/lib/core/mock/get-timer-warning';
import { resolveMockSubmission } from '@/lib/core/mock/resolve-mock-submission';
import type { MockTiming } from '@/lib/core/mock/types';

const T0 = new Date('2026-11-02T12:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const timing = (over: Partial<MockTiming> = {}): MockTiming => ({
  mode: 'interview',
  timeLimitSec: 900,
  startedAt: T0,
  pausedMs: 0,
  pausedAt: null,
  submittedAt: null,
  ...over,
});

describe('computeMockClock', () => {
  it('counts down from the server’s startedAt', () => {
    expect(computeMockClock(timing(), at(0))).toEqual({ elapsedMs: 0, remainingMs: 900_000, paused: false, timeUp: false });
    expect(computeMockClock(timing(), at(600))).toMatchObject({ elapsedMs: 600_000, remainingMs: 300_000, timeUp: false });
    expect(computeMockClock(timing(), at(900))).toMatchObject({ remainingMs: 0, timeUp: true });
    expect(computeMockClock(timing(), at(1000))).toMatchObject({ remainingMs: -100_000, timeUp: true });
  });

  it('excludes past and current pauses in practice mode', () => {
    const practice = timing({ mode: 'practice', pausedMs: 120_000 });
    expect(computeMockClock(practice, at(600))).toMatchObject({ elapsedMs: 480_000, remainingMs: 420_000, paused: false });
    const pausedNow = timing({ mode: 'practice', pausedMs: 120_000, pausedAt: at(500) });
    // Frozen while paused: the same remaining time a minute later.
    expect(computeMockClock(pausedNow, at(600))).toMatchObject({ elapsedMs: 380_000, paused: true });
    expect(computeMockClock(pausedNow, at(660))).toMatchObject({ elapsedMs: 380_000, paused: true });
  });

  it('shows the time left at the pause instant even when `now` is a moment before it (a late tick, a slow pause request)', () => {
    // The page's last tick ran at 499.2 s; the server stamped the pause at 500 s. A reload (now after
    // the pause) must show what the paused page showed: both are the clock at the pause.
    const pausedNow = timing({ mode: 'practice', pausedMs: 120_000, pausedAt: at(500) });
    expect(computeMockClock(pausedNow, at(499.2))).toMatchObject({ elapsedMs: 380_000, paused: true });
    expect(computeMockClock(pausedNow, at(499.2)).remainingMs).toBe(computeMockClock(pausedNow, at(530)).remainingMs);
  });

  it('ignores pause fields in interview mode (it cannot pause)', () => {
    const clock = computeMockClock(timing({ pausedMs: 100_000, pausedAt: at(10) }), at(600));
    expect(clock).toMatchObject({ elapsedMs: 600_000, paused: false });
  });

  it('stops at submission', () => {
    const clock = computeMockClock(timing({ submittedAt: at(300) }), at(5000));
    expect(clock).toMatchObject({ elapsedMs: 300_000, remainingMs: 600_000, timeUp: false });
  });

  it('never reports negative elapsed time when the client clock is behind', () => {
    expect(computeMockClock(timing(), at(-5)).elapsedMs).toBe(0);
  });
});

describe('acceptsMockWrites and resolveMockSubmission', () => {
  it('interview: writes until the limit plus 10 s of grace, never after submission', () => {
    expect(acceptsMockWrites(timing(), at(899))).toBe(true);
    expect(acceptsMockWrites(timing(), at(910))).toBe(true);
    expect(acceptsMockWrites(timing(), at(911))).toBe(false);
    expect(acceptsMockWrites(timing({ submittedAt: at(100) }), at(200))).toBe(false);
  });

  it('practice: no deadline', () => {
    expect(acceptsMockWrites(timing({ mode: 'practice' }), at(100_000))).toBe(true);
    expect(resolveMockSubmission(timing({ mode: 'practice' }), at(100_000), true)).toEqual({ useSentDraft: true, autoSubmitted: false });
  });

  it.each([
    ['on time, by hand', 300, false, { useSentDraft: true, autoSubmitted: false }],
    ['client says time is up but the server has 10 min left', 300, true, { useSentDraft: true, autoSubmitted: false }],
    ['client countdown reached zero', 900, true, { useSentDraft: true, autoSubmitted: true }],
    ['within the grace', 905, true, { useSentDraft: true, autoSubmitted: true }],
    ['after the grace: saved text only, auto-submitted', 960, false, { useSentDraft: false, autoSubmitted: true }],
  ])('interview, %s', (_name, seconds, auto, expected) => {
    expect(resolveMockSubmission(timing(), at(seconds), auto)).toEqual(expected);
  });
});

describe('getTimerWarning', () => {
  it.each([
    [900, 600_000, null],
    [900, 300_000, 300],
    [900, 120_000, 300],
    [900, 60_000, 60],
    [900, 1_000, 60],
    [900, 0, null],
    [20, 15_000, null], // a 20-second interview has no 5- or 1-minute warning
    [120, 60_000, 60],
    [120, 100_000, null],
  ])('limit %d s, %d ms left -> %s', (limit, remaining, expected) => {
    expect(getTimerWarning(remaining, limit)).toBe(expected);
  });
});

describe('formatClock', () => {
  it.each([
    [900_000, '15:00'],
    [899_001, '15:00'],
    [899_000, '14:59'],
    [59_500, '1:00'],
    [1, '0:01'],
    [0, '0:00'],
    [-65_000, '+1:05'],
    [3_725_000, '1:02:05'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
