/** Browser-side calls to the mock-interview JSON API (autosave, beacon, pause, submit). */
import { requestJson } from '@/lib/client/request-json';
import type { SavedDraft } from '@/lib/server/mutations/save-mock-draft';
import type { MockPauseState } from '@/lib/server/mutations/set-mock-paused';
import type { SubmittedMock } from '@/lib/server/mutations/submit-mock-attempt';

export { ApiError, isBusy, withRetry } from '@/lib/client/request-json';

const base = (attemptId: string) => `/api/mock/attempts/${encodeURIComponent(attemptId)}`;

/** Autosave; `keepalive` lets it finish when the tab is being hidden or closed. */
export function saveDraft(attemptId: string, body: { draft: string; version: number }, keepalive = false) {
  return requestJson<SavedDraft>(`${base(attemptId)}/draft`, { body, keepalive });
}

/**
 * Last-chance save while the page unloads: sendBeacon (as text/plain, which every browser
 * sends), else a keepalive fetch. Both refuse bodies over ~64 kB; the localStorage copy covers those.
 */
export function beaconDraft(attemptId: string, body: { draft: string; version: number }): boolean {
  const json = JSON.stringify(body);
  const url = `${base(attemptId)}/draft`;
  try {
    if (navigator.sendBeacon?.(url, new Blob([json], { type: 'text/plain;charset=UTF-8' }))) return true;
  } catch {
    // fall through to fetch
  }
  try {
    void fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json, keepalive: true }).catch(() => {});
    return true;
  } catch {
    return false;
  }
}

export function setPaused(attemptId: string, paused: boolean) {
  return requestJson<MockPauseState>(`${base(attemptId)}/pause`, { body: { paused } });
}

export function submitAttempt(attemptId: string, body: { draft: string; version: number; auto: boolean }) {
  return requestJson<SubmittedMock>(`${base(attemptId)}/submit`, { body });
}
