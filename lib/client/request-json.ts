/**
 * The browser's one way to call the JSON API: JSON in, JSON out, the API's error shape turned
 * into an ApiError, and retries that resend the same body (so the same idempotency key).
 */
import type { ErrorCode } from '@/lib/core/errors/error-code';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** One of the server's error codes, or `error` when the answer wasn't the API's error shape. */
    readonly code: ErrorCode | 'error' | 'overloaded',
    message: string,
    /** A 503's Retry-After, in ms (the server is busy: come back then). */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** Retry-After as ms: whole seconds (the server sends these) or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * GET when there is no body, else POST it as JSON — or, with `file`, POST the file's bytes as
 * application/octet-stream (an upload route, ADR 030). `keepalive` lets a save finish while the tab
 * is being hidden or closed.
 */
export async function requestJson<T>(
  url: string,
  options: { body?: unknown; file?: Blob; keepalive?: boolean } = {},
): Promise<T> {
  const response = await fetch(url, {
    method: options.body === undefined && options.file === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': options.file ? 'application/octet-stream' : 'application/json' },
    body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    cache: 'no-store',
    keepalive: options.keepalive,
  });
  const json = (await response.json().catch(() => null)) as
    (T & { error?: { code: ErrorCode; message: string } }) | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      json?.error?.code ?? 'error',
      json?.error?.message ?? `Request failed (${response.status}).`,
      response.status === 503 ? (parseRetryAfter(response.headers.get('Retry-After'), Date.now()) ?? 1000) : null,
    );
  }
  return json as T;
}

/** The wait before retry `n` (1, 2, …) after a lost connection or a server error: doubling from 600 ms, at most 8 s. */
export function retryDelayMs(n: number): number {
  return Math.min(8000, 300 * 2 ** n);
}

/** How long a client keeps retrying a request the server shed (503 + Retry-After) before saying so (ADR 028). */
export const BUSY_RETRY_MS = 30_000;

/** True when the server answered "busy" (503): the request was shed, not lost, and can be sent again as is. */
export const isBusy = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 503;

export type RetryReason = { busy: boolean; waitMs: number };

/**
 * Whether and when to send a failed request again (pure). 4xx answers are final. A 503 ("busy") is
 * retried after its Retry-After plus up to 1 s of jitter (`random` in [0, 1)), so that shed clients
 * don't come back together, for as long as the retry still starts within BUSY_RETRY_MS of the first
 * attempt. A lost connection or another 5xx is retried `tries` times with backoff.
 */
export function planRetry(
  error: unknown,
  { attempt, elapsedMs, random, tries = 6 }: { attempt: number; elapsedMs: number; random: number; tries?: number },
): RetryReason | null {
  if (error instanceof ApiError && error.status < 500) return null;
  if (isBusy(error)) {
    const waitMs = (error.retryAfterMs ?? 1000) + Math.floor(random * 1000);
    return elapsedMs + waitMs <= BUSY_RETRY_MS ? { busy: true, waitMs } : null;
  }
  return attempt < tries ? { busy: false, waitMs: retryDelayMs(attempt) } : null;
}

/**
 * Sends again what planRetry says to (each attempt resends the same body, so the same idempotency
 * key). `onRetry` lets the UI say that it is retrying, and whether because the server is busy.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  onRetry: (n: number, reason: RetryReason) => void,
  tries = 6,
): Promise<T> {
  const started = Date.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const plan = planRetry(error, { attempt: n, elapsedMs: Date.now() - started, random: Math.random(), tries });
      if (!plan) throw error;
      onRetry(n, plan);
      await new Promise((resolve) => setTimeout(resolve, plan.waitMs));
    }
  }
}
