import 'server-only';
import { reviewStateRepository } from '../review-state/review-state-repository';
import { getReviewQueue, type ReviewQueue } from './get-review-queue';

/**
 * "Study this deck now": today's queue of one deck only — its due cards, then its new cards within
 * what is left of the daily new-card limit (the answers count as any other: ADR 022). Null when the
 * learner may not study that deck (unknown, retired, or an instructor deck not assigned to them).
 */
export async function getDeckQueue(
  userId: string,
  now: Date,
  deckId: string,
  lastCardId: string | null = null,
): Promise<ReviewQueue | null> {
  const source = reviewStateRepository().queue;
  const studiable = await source.studiedDeckIds(userId, null);
  if (!studiable.includes(deckId)) return null;
  return getReviewQueue(userId, now, lastCardId, 10, source, [deckId]);
}
