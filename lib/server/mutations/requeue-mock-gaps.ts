import 'server-only';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import { db } from '../db';
import { reviewStateRepository } from '../review-state/review-state-repository';

/** "Add my gaps to review" again (submitting already did it once): the attempt's gap cards come due now. */
export async function requeueMockGaps(
  userId: string,
  attemptId: string,
  now: Date,
): Promise<{ ok: true; data: { cardIds: string[] } } | { ok: false; code: 'not_found'; message: string }> {
  const attempt = await db.mockAttempt.findFirst({
    where: { id: attemptId, userId, submittedAt: { not: null } },
    select: { feedback: true },
  });
  if (!attempt?.feedback) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  const gaps = parseStoredFeedback(attempt.feedback).gaps.map((g) => g.cardId);
  const cardIds = await reviewStateRepository().makeDue(userId, gaps, now);
  return { ok: true, data: { cardIds } };
}
