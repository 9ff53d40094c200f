import { getRetrievability } from '../scheduler/get-retrievability';
import { DEFAULT_SCHEDULER_SETTINGS, type ReviewState } from '../scheduler/types';

/** How far ahead "known" looks: a card is known when it will still be recalled this many days from now… */
export const KNOWN_HORIZON_DAYS = 7;
/** …with at least this probability (FSRS retrievability). */
export const KNOWN_THRESHOLD = 0.9;

const DAY_MS = 86_400_000;

/**
 * Whether a learner "knows" a card: FSRS puts the probability of recalling it KNOWN_HORIZON_DAYS
 * from `now` at KNOWN_THRESHOLD or more. Looking a week ahead is what makes a failure count: right
 * after an answer every card is recalled "now" (retrievability ≈ 1), but an Again cuts the card's
 * stability to a day or less, so its recall a week later falls far below the threshold until it is
 * relearned. A card never studied is not known.
 */
export function isCardKnown(state: ReviewState | null, now: Date): boolean {
  const horizon = new Date(now.getTime() + KNOWN_HORIZON_DAYS * DAY_MS);
  const recall = getRetrievability(state, horizon, DEFAULT_SCHEDULER_SETTINGS);
  return recall !== null && recall >= KNOWN_THRESHOLD;
}
