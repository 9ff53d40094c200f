import { capDue } from './cap-due';
import { fromFsrsCard, schedulerFor, toFsrsCard, toLogEntry, toRating } from './fsrs';
import { newReviewState } from './new-review-state';
import type { Grade, ReviewLogEntry, ReviewState, SchedulerSettings } from './types';

/**
 * The learner answered `grade` at `now`: the card's next state (FSRS-6 via ts-fsrs) and the
 * log entry to store. `state` null means a card never studied. Pure: inputs are not mutated.
 */
export function scheduleReview(
  state: ReviewState | null,
  grade: Grade,
  now: Date,
  settings: SchedulerSettings,
): { state: ReviewState; log: ReviewLogEntry } {
  const current = state ?? newReviewState(now);
  const item = schedulerFor(settings).next(toFsrsCard(current), now, toRating(grade));
  return {
    state: capDue(fromFsrsCard(item.card), now, settings),
    log: toLogEntry(item.log),
  };
}
