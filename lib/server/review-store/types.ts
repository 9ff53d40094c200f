import 'server-only';
import type { Grade, Phase } from '@/lib/core/scheduler/types';

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

/** The API's answer to a recorded review; a repeat of the same reviewId returns the same body. */
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

/**
 * Records one answer: the log entry and the card's new FSRS state in one transaction,
 * idempotent per (user, reviewId), only for cards the learner may study.
 * Two implementations with one contract and one test suite (ADR 003).
 */
export type ReviewStore = (input: RecordReviewInput) => Promise<RecordReviewResult>;

export const NOT_FOUND = { ok: false, code: 'not_found', message: 'No such card.' } as const;
export const REVIEW_ID_CONFLICT = { ok: false, code: 'conflict', message: 'This reviewId was already used for another card.' } as const;
