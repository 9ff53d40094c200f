import 'server-only';
import { db } from '../db';
import { parseReviewState, reviewStateToRow } from '../review-state-row';
import { lockLearnerWrites } from '../review-store/lock-learner-writes';

export type UndoReviewResult =
  | { ok: true; data: { cardId: string; reviewId: string } }
  | { ok: false; code: 'not_found' | 'conflict'; message: string };

/**
 * Takes back one answer: the card's state before it is restored exactly, and the log entry is
 * marked undone (the log stays append-only). Only the card's latest answer can be undone.
 * Undoing twice is the same as once.
 */
export async function undoReview(userId: string, reviewId: string, now: Date): Promise<UndoReviewResult> {
  return db.$transaction(async (tx): Promise<UndoReviewResult> => {
    await lockLearnerWrites(tx, userId); // PostgreSQL: take turns with this learner's other review writes
    const log = await tx.reviewLog.findUnique({
      where: { userId_reviewId: { userId, reviewId } },
      select: { id: true, cardId: true, reviewedAt: true, before: true, undoneAt: true },
    });
    if (!log) return { ok: false, code: 'not_found', message: 'No such answer to undo.' };
    const result = { ok: true as const, data: { cardId: log.cardId, reviewId } };
    if (log.undoneAt) return result;

    const later = await tx.reviewLog.findFirst({
      where: { userId, cardId: log.cardId, undoneAt: null, reviewedAt: { gt: log.reviewedAt } },
      select: { id: true },
    });
    if (later) return { ok: false, code: 'conflict', message: 'Only the latest answer to a card can be undone.' };

    const key = { userId_cardId: { userId, cardId: log.cardId } };
    if (log.before) {
      const columns = reviewStateToRow(parseReviewState(log.before));
      await tx.reviewState.upsert({ where: key, create: { userId, cardId: log.cardId, ...columns }, update: columns });
    } else {
      await tx.reviewState.deleteMany({ where: { userId, cardId: log.cardId } });
    }
    await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
    return result;
  });
}
