import 'server-only';
import { gradeFromNumber, parseReviewState } from '../review-state-row';
import type { RecordedReview } from './types';

/** The API body for a stored log row (so a repeated reviewId gets the very same answer). */
export function recordedFromLog(log: {
  cardId: string;
  reviewId: string;
  grade: number;
  after: string;
}): RecordedReview {
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
