import 'server-only';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import type { RateCriterionInput } from '@/lib/core/mock/schema';
import type { Level } from '@/lib/core/mock/types';
import { db } from '../db';

export type CriterionRating = {
  criterionId: string;
  agree: boolean;
  level: Level | null;
  comment: string | null;
};

/**
 * Stores whether the candidate agrees with the grader's level on one criterion of their own
 * submitted attempt, and when not, the level they would give (the latest answer replaces the
 * earlier one). Exported with instructors' reviews as labelled answers to calibrate the grader.
 */
export async function rateMockCriterion(
  userId: string,
  input: RateCriterionInput,
): Promise<{ ok: true; data: CriterionRating } | { ok: false; code: 'not_found'; message: string }> {
  const attempt = await db.mockAttempt.findFirst({
    where: { id: input.attemptId, userId, submittedAt: { not: null } },
    select: { feedback: true },
  });
  if (!attempt?.feedback) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  const criteria = parseStoredFeedback(attempt.feedback).result.criteria;
  if (!criteria.some((c) => c.id === input.criterionId))
    return { ok: false, code: 'not_found', message: 'No such criterion.' };
  // the level proposed only means something when disagreeing
  const data = {
    agree: input.agree,
    level: input.agree ? null : (input.level ?? null),
    comment: input.comment ? input.comment : null,
  };
  await db.mockCriterionRating.upsert({
    where: { attemptId_criterionId: { attemptId: input.attemptId, criterionId: input.criterionId } },
    create: { attemptId: input.attemptId, criterionId: input.criterionId, ...data },
    update: data,
  });
  return { ok: true, data: { criterionId: input.criterionId, ...data } };
}
