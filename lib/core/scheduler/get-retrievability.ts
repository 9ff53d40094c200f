import { schedulerFor, toFsrsCard } from './fsrs';
import type { ReviewState, SchedulerSettings } from './types';

/** Probability (0–1) that the learner recalls the card at `now`; null for a card never studied. */
export function getRetrievability(state: ReviewState | null, now: Date, settings: SchedulerSettings): number | null {
  if (!state || state.phase === 'new') return null;
  return schedulerFor(settings).get_retrievability(toFsrsCard(state), now, false);
}
