import 'server-only';
import type { MarkAction } from '@/lib/core/cards/card-mark';
import { reviewStateRepository } from '../review-state/review-state-repository';
import type { MarkCardResult } from '../review-state/types';

/**
 * Suspends, buries, flags a card for this learner, or takes that back (ADR 022). Marks are the
 * learner's own: `userId` is always the caller's, and only a card they may study can be marked.
 */
export function markCard(userId: string, cardId: string, action: MarkAction, now: Date): Promise<MarkCardResult> {
  return reviewStateRepository().mark(userId, cardId, action, now);
}
