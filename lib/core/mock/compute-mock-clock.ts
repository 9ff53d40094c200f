import type { MockClock, MockTiming } from './types';

/**
 * An attempt's clock at `now`, from the server's instants: writing time is the time since it
 * started minus every pause (practice only). A submitted attempt's clock stops at submission.
 */
export function computeMockClock(timing: MockTiming, now: Date): MockClock {
  const end = timing.submittedAt ?? now;
  const pausedNow = timing.mode === 'practice' && timing.pausedAt !== null && timing.submittedAt === null;
  const currentPause = pausedNow && timing.pausedAt ? Math.max(0, end.getTime() - timing.pausedAt.getTime()) : 0;
  const pausedTotal = timing.mode === 'practice' ? timing.pausedMs + currentPause : 0;
  const elapsedMs = Math.max(0, end.getTime() - timing.startedAt.getTime() - pausedTotal);
  const remainingMs = timing.timeLimitSec * 1000 - elapsedMs;
  return { elapsedMs, remainingMs, paused: pausedNow, timeUp: remainingMs <= 0 };
}
