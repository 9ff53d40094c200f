import type { ReviewState } from './types';

/** The state of a card never studied: due now, no memory yet. */
export function newReviewState(now: Date): ReviewState {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: 'new',
    lastReview: null,
  };
}
