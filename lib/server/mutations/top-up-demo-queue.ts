import 'server-only';
import { rowToReviewState } from '../review-state-row';
import { getReviewQueue } from '../queries/get-review-queue';
import { reviewStateRepository } from '../review-state/review-state-repository';

/** About one sitting of review: what the demo learner should find due whenever the app has just started. */
export const DEMO_SESSION_CARDS = 12;
const LOOK_AHEAD_MS = 365 * 86_400_000;

/**
 * Demo data only (run by the seed on every `npm start`): when the demo learner has fewer than a
 * session's worth of cards due now (they already studied today, or the app was started again later),
 * the review cards due soonest come due now, memory kept, through the one review-state repository.
 * Returns how many cards it brought forward.
 */
export async function topUpDemoQueue(userId: string, now: Date, session = DEMO_SESSION_CARDS): Promise<number> {
  const { counts } = await getReviewQueue(userId, now);
  const missing = session - (counts.new + counts.learning + counts.review);
  if (missing <= 0) return 0;
  const repository = reviewStateRepository();
  const settings = await repository.queue.settings(userId);
  const deckIds = await repository.queue.studiedDeckIds(userId, settings.study.deckIds);
  const ahead = (await repository.queue.dueStates(userId, deckIds, new Date(now.getTime() + LOOK_AHEAD_MS)))
    .map((row) => ({ cardId: row.cardId, state: rowToReviewState(row) }))
    .filter(({ state }) => state.phase === 'review' && state.due.getTime() > now.getTime())
    .sort((a, b) => a.state.due.getTime() - b.state.due.getTime() || (a.cardId < b.cardId ? -1 : 1))
    .slice(0, missing)
    .map((s) => s.cardId);
  return (await repository.makeDue(userId, ahead, now)).length;
}
