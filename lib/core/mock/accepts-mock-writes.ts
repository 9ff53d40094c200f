import { SUBMIT_GRACE_MS } from './limits';
import type { MockTiming } from './types';

/**
 * Whether the answer may still change at `now`: never once submitted; in interview mode only
 * until the time limit plus a short grace (latency, the last autosave); practice has no deadline.
 */
export function acceptsMockWrites(timing: MockTiming, now: Date): boolean {
  if (timing.submittedAt !== null) return false;
  if (timing.mode === 'practice') return true;
  return now.getTime() <= timing.startedAt.getTime() + timing.timeLimitSec * 1000 + SUBMIT_GRACE_MS;
}
