import 'server-only';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type { Grade, Phase } from '@/lib/core/scheduler/types';
import { db } from '../db';
import {
  gradeFromNumber,
  gradeToNumber,
  parseReviewState,
  phaseToNumber,
  reviewStateToRow,
  rowToReviewState,
  serializeReviewState,
} from '../review-state-row';
import { getStudySettings } from '../queries/get-study-settings';

export type ReviewSource = 'review' | 'quiz' | 'mock';

export type RecordReviewInput = {
  userId: string;
  cardId: string;
  grade: Grade;
  /** Client-generated id: the same id sent twice records one answer. */
  reviewId: string;
  now: Date;
  durationMs?: number | null;
  source?: ReviewSource;
};

export type RecordedReview = {
  cardId: string;
  reviewId: string;
  grade: Grade;
  due: string;
  state: Phase;
  scheduledDays: number;
  reps: number;
  lapses: number;
};

export type RecordReviewResult =
  | { ok: true; data: RecordedReview }
  | { ok: false; code: 'not_found' | 'conflict'; message: string };

function toRecorded(log: { cardId: string; reviewId: string; grade: number; after: string }): RecordedReview {
  const after = parseReviewState(log.after);
  return {
    cardId: log.cardId,
    reviewId: log.reviewId,
    grade: gradeFromNumber(log.grade),
    due: after.due.toISOString(),
    state: after.phase,
    scheduledDays: after.scheduledDays,
    reps: after.reps,
    lapses: after.lapses,
  };
}

const NOT_FOUND = { ok: false, code: 'not_found', message: 'No such card.' } as const;

/**
 * Records one answer: the log entry and the card's new FSRS state in one transaction.
 * Idempotent per (user, reviewId): a repeat returns the first result and writes nothing.
 * Only cards the learner may study are accepted (content cards, or their own).
 */
export async function recordReview(input: RecordReviewInput): Promise<RecordReviewResult> {
  const settings = await getStudySettings(input.userId);
  const run = () =>
    db.$transaction(async (tx): Promise<RecordReviewResult> => {
      const previous = await tx.reviewLog.findUnique({
        where: { userId_reviewId: { userId: input.userId, reviewId: input.reviewId } },
        select: { cardId: true, reviewId: true, grade: true, after: true },
      });
      if (previous) {
        if (previous.cardId !== input.cardId) {
          return { ok: false, code: 'conflict', message: 'This reviewId was already used for another card.' };
        }
        return { ok: true, data: toRecorded(previous) };
      }
      const card = await tx.card.findUnique({
        where: { id: input.cardId },
        select: { retiredAt: true, ownerId: true, states: { where: { userId: input.userId } } },
      });
      if (!card || card.retiredAt || (card.ownerId !== null && card.ownerId !== input.userId)) return NOT_FOUND;

      const row = card.states[0];
      const before = row ? rowToReviewState(row) : null;
      const { state, log } = scheduleReview(before, input.grade, input.now, settings.scheduler);
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
      return { ok: true, data: toRecorded(created) };
    });
  try {
    return await run();
  } catch (error) {
    // Two copies of one submission raced: the other one won; answer with its result.
    if ((error as { code?: string }).code === 'P2002') return run();
    throw error;
  }
}
