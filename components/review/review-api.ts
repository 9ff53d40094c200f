/** Browser-side calls to the review JSON API (retries, through withRetry, reuse the same idempotency key). */

import { requestJson } from '@/lib/client/request-json';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';

export type Grade = 'again' | 'hard' | 'good' | 'easy';

export type ReviewCardView = {
  id: string;
  front: string;
  back: string;
  explanation: string | null;
  html: { front: SafeHtml; back: SafeHtml; explanation: SafeHtml | null };
  sources: { id: string; title: string; url: string }[];
  dimension: string | null;
  kind: 'new' | 'learning' | 'review';
  intervals: Record<Grade, string>;
};

export type ReviewQueueView = {
  cards: ReviewCardView[];
  counts: { new: number; learning: number; review: number };
  doneToday: number;
  nextDue: string | null;
};

export { ApiError, withRetry } from '@/lib/client/request-json';

/** Today's queue; with `focus`, those cards instead (a focus session). */
export function fetchQueue(after: string | null, focus?: string[]): Promise<ReviewQueueView> {
  const params = new URLSearchParams();
  if (after) params.set('after', after);
  if (focus) params.set('cards', focus.join(','));
  const query = params.toString();
  return requestJson(`/api/review/queue${query ? `?${query}` : ''}`);
}

export function submitReview(body: { cardId: string; grade: Grade; reviewId: string; durationMs: number }) {
  return requestJson<{ cardId: string; due: string; state: string }>('/api/review', { body });
}

export function undoReview(reviewId: string) {
  return requestJson<{ cardId: string }>('/api/review/undo', { body: { reviewId } });
}
