import { TIMER_WARNINGS_SEC } from './limits';

/**
 * The warning in force at `remainingMs` (300 = five minutes left, 60 = one minute left), or null.
 * A warning exists only when the limit is longer than it, so a 20-second interview gets none.
 */
export function getTimerWarning(remainingMs: number, timeLimitSec: number): number | null {
  let warning: number | null = null;
  for (const seconds of TIMER_WARNINGS_SEC) {
    if (timeLimitSec > seconds && remainingMs > 0 && remainingMs <= seconds * 1000) warning = seconds;
  }
  return warning;
}
