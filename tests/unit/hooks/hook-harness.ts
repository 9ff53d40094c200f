import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** A request the hook under test sent through `fetch`. */
export type SentRequest = { url: string; method: string; body: unknown; keepalive: boolean };

type Reply = { status: number; body: unknown } | 'network-down';

/**
 * Stands in for the server behind `fetch` (the network boundary, not the hook under test):
 * `answer` decides each reply; every request is recorded in `sent`.
 */
export function stubFetch(answer: (request: SentRequest) => Reply) {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const request: SentRequest = {
      url,
      method: init.method ?? 'GET',
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
      keepalive: init.keepalive ?? false,
    };
    sent.push(request);
    const reply = answer(request);
    if (reply === 'network-down') throw new TypeError('Failed to fetch');
    return { ok: reply.status < 400, status: reply.status, json: async () => reply.body };
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

export const apiError = (status: number, code: string, message = code) => ({
  status,
  body: { error: { code, message } },
});

/** Fake timers (and optionally the clock at `now`) for each test; afterwards unmounts, restores timers and `fetch`. */
export function fakeTimersPerTest(now?: number) {
  beforeEach(() => {
    vi.useFakeTimers();
    if (now !== undefined) vi.setSystemTime(now);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** Lets `ms` of fake time pass, with React's updates flushed. */
export const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
