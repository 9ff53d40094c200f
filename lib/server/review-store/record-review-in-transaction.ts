import 'server-only';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { gradeToNumber, phaseToNumber, reviewStateToRow, rowToReviewState, serializeReviewState } from '../review-state-row';
import { lockLearnerWrites } from './lock-learner-writes';
import { mayStudyAssignedCard } from './may-study-assigned-card';
import { recordedFromLog } from './recorded-from-log';
import { NOT_FOUND, REVIEW_ID_CONFLICT, type RecordReviewInput, type RecordReviewResult } from './types';

/**
 * The Prisma ReviewStore's work inside a caller's transaction, so other writes (a quiz answer)
 * can commit together with the reviews they cause.
 */
export async function recordReviewInTransaction(
  tx: Prisma.TransactionClient,
  input: RecordReviewInput,
  settings: SchedulerSettings,
): Promise<RecordReviewResult> {
  await lockLearnerWrites(tx, input.userId);
  const previous = await tx.reviewLog.findUnique({
    where: { userId_reviewId: { userId: input.userId, reviewId: input.reviewId } },
    select: { cardId: true, reviewId: true, grade: true, after: true },
  });
  if (previous) return previous.cardId === input.cardId ? { ok: true, data: recordedFromLog(previous) } : REVIEW_ID_CONFLICT;
  const card = await tx.card.findUnique({
    where: { id: input.cardId },
    select: { retiredAt: true, ownerId: true, states: { where: { userId: input.userId } } },
  });
  if (!card || card.retiredAt) return NOT_FOUND;
  if (card.ownerId !== null && card.ownerId !== input.userId && !(await mayStudyAssignedCard(tx, input.userId, input.cardId))) return NOT_FOUND;

  const row = card.states[0];
  const before = row ? rowToReviewState(row) : null;
  const { state, log } = scheduleReview(before, input.grade, input.now, settings);
  const columns = reviewStateToRow(state);
  await tx.reviewState.upsert({
    where: { userId_cardId: { userId: input.userId, cardId: input.cardId } },
    create: { userId: input.userId, cardId: input.cardId, ...columns },
    update: columns,
  });
  const created = await tx.reviewLog.create({
    data: {
      userId: input.userId,
      cardId: input.cardId,
      reviewId: input.reviewId,
      grade: gradeToNumber(input.grade),
      source: input.source ?? 'review',
      reviewedAt: input.now,
      durationMs: input.durationMs ?? null,
      phaseBefore: phaseToNumber(log.phaseBefore),
      elapsedDays: log.elapsedDays,
      before: before ? serializeReviewState(before) : null,
      after: serializeReviewState(state),
    },
    select: { cardId: true, reviewId: true, grade: true, after: true },
  });
  return { ok: true, data: recordedFromLog(created) };
}
