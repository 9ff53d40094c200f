/** Browser-side calls to the review JSON API (retries, through withRetry, reuse the same idempotency key). */

import { requestJson } from '@/lib/client/request-json';
import type { Grade } from '@/lib/core/scheduler/types';
import type { ReviewQueue } from '@/lib/server/queries/get-review-queue';
import type { RecordedReview, UndoReviewResult } from '@/lib/server/review-state/types';

type UndoneReview = Extract<UndoReviewResult, { ok: true }>['data'];

export { ApiError, isBusy, withRetry } from '@/lib/client/request-json';

/** Today's queue; with `focus`, those cards instead (a focus session); with `deckId`, that deck's only. */
export function fetchQueue(after: string | null, focus?: string[], deckId?: string): Promise<ReviewQueue> {
  const params = new URLSearchParams();
  if (after) params.set('after', after);
  if (focus) params.set('cards', focus.join(','));
  if (deckId) params.set('deck', deckId);
  const query = params.toString();
  return requestJson(`/api/review/queue${query ? `?${query}` : ''}`);
}

export function submitReview(body: { cardId: string; grade: Grade; reviewId: string; durationMs: number }) {
  return requestJson<RecordedReview>('/api/review', { body });
}

export function undoReview(reviewId: string) {
  return requestJson<UndoneReview>('/api/review/undo', { body: { reviewId } });
}
