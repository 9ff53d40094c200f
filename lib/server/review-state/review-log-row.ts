import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ReviewLogEntry, ReviewState } from '@/lib/core/scheduler/types';
import { gradeToNumber, phaseToNumber, serializeReviewState } from '../review-state-row';
import type { RecordReviewInput } from './types';

export type ReviewLogRow = {
  /** A random UUID on every path (the schema's cuid default is never used). */
  id: string;
  userId: string;
  cardId: string;
  reviewId: string;
  grade: number;
  source: string;
  reviewedAt: Date;
  durationMs: number | null;
  phaseBefore: number;
  elapsedDays: number;
  before: string | null;
  after: string;
};

/** The ReviewLog row of one answer, the same on both write paths. */
export function reviewLogRow(
  input: RecordReviewInput,
  before: ReviewState | null,
  after: ReviewState,
  log: ReviewLogEntry,
): ReviewLogRow {
  return {
    id: randomUUID(),
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
    after: serializeReviewState(after),
  };
}
