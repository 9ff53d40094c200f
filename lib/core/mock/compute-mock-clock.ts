import type { MockClock, MockTiming } from './types';

/**
 * An attempt's clock at `now`, from the server's instants: writing time is the time since it
 * started minus every pause (practice only). A submitted attempt's clock stops at submission.
 */
export function computeMockClock(timing: MockTiming, now: Date): MockClock {
  const pausedNow = timing.mode === 'practice' && timing.pausedAt !== null && timing.submittedAt === null;
  // A paused clock reads the pause instant, not `now`: a page whose last tick came a moment before
  // the server stamped the pause must show what a reload will show.
  const end = timing.submittedAt ?? (pausedNow && timing.pausedAt ? timing.pausedAt : now);
  const pausedTotal = timing.mode === 'practice' ? timing.pausedMs : 0;
  const elapsedMs = Math.max(0, end.getTime() - timing.startedAt.getTime() - pausedTotal);
  const remainingMs = timing.timeLimitSec * 1000 - elapsedMs;
  return { elapsedMs, remainingMs, paused: pausedNow, timeUp: remainingMs <= 0 };
}
