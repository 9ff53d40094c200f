import 'server-only';
import { db } from '../db';

export type MockPauseState = { pausedMs: number; pausedAt: string | null; serverNow: string };

/**
 * Pauses or resumes a practice attempt. Pausing twice or resuming a running clock changes
 * nothing (idempotent); interview attempts can't pause.
 */
export async function setMockPaused(
  userId: string,
  attemptId: string,
  paused: boolean,
  now: Date,
): Promise<{ ok: true; data: MockPauseState } | { ok: false; code: 'not_found' | 'submitted' | 'not_pausable'; message: string }> {
  return db.$transaction(async (tx) => {
    const attempt = await tx.mockAttempt.findFirst({
      where: { id: attemptId, userId },
      select: { mode: true, pausedMs: true, pausedAt: true, submittedAt: true },
    });
    if (!attempt) return { ok: false, code: 'not_found', message: 'No such attempt.' } as const;
    if (attempt.submittedAt) return { ok: false, code: 'submitted', message: 'This answer was already submitted.' } as const;
    if (attempt.mode !== 'practice') {
      return { ok: false, code: 'not_pausable', message: 'An interview can’t be paused: the clock keeps running.' } as const;
    }
    let { pausedMs, pausedAt } = attempt;
    if (paused && !pausedAt) pausedAt = now;
    if (!paused && pausedAt) {
      pausedMs += Math.max(0, now.getTime() - pausedAt.getTime());
      pausedAt = null;
    }
    if (pausedMs !== attempt.pausedMs || pausedAt !== attempt.pausedAt) {
      await tx.mockAttempt.update({ where: { id: attemptId }, data: { pausedMs, pausedAt } });
    }
    return { ok: true, data: { pausedMs, pausedAt: pausedAt?.toISOString() ?? null, serverNow: now.toISOString() } } as const;
  });
}
