import { acceptsMockWrites } from './accepts-mock-writes';
import { computeMockClock } from './compute-mock-clock';
import { SUBMIT_GRACE_MS } from './limits';
import type { MockTiming } from './types';

/**
 * How a submit at `now` is taken. In interview mode after the limit (plus grace) the text sent
 * with it is ignored and what was saved is graded, as an auto-submit. A client that says its
 * countdown reached zero is believed only when the server's clock agrees (within the grace).
 */
export function resolveMockSubmission(
  timing: MockTiming,
  now: Date,
  clientSaysTimeUp: boolean,
): { useSentDraft: boolean; autoSubmitted: boolean } {
  if (timing.mode === 'practice') return { useSentDraft: true, autoSubmitted: false };
  if (!acceptsMockWrites(timing, now)) return { useSentDraft: false, autoSubmitted: true };
  const clock = computeMockClock(timing, now);
  return { useSentDraft: true, autoSubmitted: clientSaysTimeUp && clock.remainingMs <= SUBMIT_GRACE_MS };
}
