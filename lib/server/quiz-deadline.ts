import 'server-only';
/** Answers to a timed test are accepted up to this long after the clock runs out (network latency). */
export const QUIZ_GRACE_MS = 5_000;

/** When a timed quiz stops taking answers, or null for practice. */
export function quizDeadline(attempt: { startedAt: Date; timeLimitSec: number | null }): Date | null {
  return attempt.timeLimitSec === null ? null : new Date(attempt.startedAt.getTime() + attempt.timeLimitSec * 1000);
}
