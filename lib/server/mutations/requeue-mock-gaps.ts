import 'server-only';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import type { StoredFeedback } from '@/lib/core/mock/schema';
import { db } from '../db';
import { planMockGaps } from '../plan-mock-gaps';
import { getStudySettings } from '../queries/get-study-settings';
import { reviewStateRepository } from '../review-state/review-state-repository';

/**
 * "Add my gaps to review" again (submitting already did it once): the attempt's gap cards are planned
 * again from now (daily limit, interview date) and the attempt's feedback records the new plan.
 */
export async function requeueMockGaps(
  userId: string,
  attemptId: string,
  now: Date,
): Promise<
  { ok: true; data: { cardIds: string[]; dueNow: number; leftForLater: number } } | { ok: false; code: 'not_found'; message: string }
> {
  const attempt = await db.mockAttempt.findFirst({
    where: { id: attemptId, userId, submittedAt: { not: null } },
    select: { feedback: true },
  });
  if (!attempt?.feedback) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  const stored = parseStoredFeedback(attempt.feedback);
  const plan = await planMockGaps(userId, stored.gaps, await getStudySettings(userId), now);
  const feedback: StoredFeedback = { ...stored, gaps: plan.gaps };
  const cardIds = await db.$transaction(async (tx) => {
    await tx.mockAttempt.update({ where: { id: attemptId }, data: { feedback: JSON.stringify(feedback) } });
    return reviewStateRepository().within(tx).makeDue(userId, plan.due, now);
  });
  const dueNow = plan.due.filter((d) => typeof d !== 'string' && d.due.getTime() <= now.getTime()).length;
  return { ok: true, data: { cardIds, dueNow, leftForLater: plan.gaps.length - plan.due.length } };
}
