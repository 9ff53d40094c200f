/** Browser-side calls to the review JSON API, with retries that reuse the same idempotency key. */

import type { Grade } from '@/lib/core/scheduler/types';
import type { RecordedReview } from '@/lib/server/mutations/record-review';
import type { UndoReviewResult } from '@/lib/server/mutations/undo-review';
import type { ReviewQueue } from '@/lib/server/queries/get-review-queue';

type UndoneReview = Extract<UndoReviewResult, { ok: true }>['data'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json' }, cache: 'no-store' });
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? 'error', body?.error?.message ?? `Request failed (${response.status}).`);
  }
  return body as T;
}

/**
 * Retries network failures and 5xx with backoff (same body, so the same idempotency key);
 * 4xx answers are final. `onRetry` lets the UI show that it is retrying.
 */
export async function withRetry<T>(attempt: () => Promise<T>, onRetry: (n: number) => void, tries = 6): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const final = error instanceof ApiError && error.status < 500;
      if (final || n >= tries) throw error;
      onRetry(n);
      await new Promise((resolve) => setTimeout(resolve, Math.min(8000, 300 * 2 ** n)));
    }
  }
}

/** Today's queue; with `focus`, those cards instead (a focus session). */
export function fetchQueue(after: string | null, focus?: string[]): Promise<ReviewQueue> {
  const params = new URLSearchParams();
  if (after) params.set('after', after);
  if (focus) params.set('cards', focus.join(','));
  const query = params.toString();
  return request(`/api/review/queue${query ? `?${query}` : ''}`);
}

export function submitReview(body: { cardId: string; grade: Grade; reviewId: string; durationMs: number }) {
  return request<RecordedReview>('/api/review', { method: 'POST', body: JSON.stringify(body) });
}

export function undoReview(reviewId: string) {
  return request<UndoneReview>('/api/review/undo', { method: 'POST', body: JSON.stringify({ reviewId }) });
}
