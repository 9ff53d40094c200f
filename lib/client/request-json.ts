/**
 * The browser's one way to call the JSON API: JSON in, JSON out, the API's error shape turned
 * into an ApiError, and retries that resend the same body (so the same idempotency key).
 */
import type { ErrorCode } from '@/lib/core/errors/error-code';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** One of the server's error codes, or `error` when the answer wasn't the API's error shape. */
    readonly code: ErrorCode | 'error',
    message: string,
  ) {
    super(message);
  }
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
    );
  }
  return json as T;
}

/** The wait before retry `n` (1, 2, …): doubling from 600 ms, at most 8 s. */
export function retryDelayMs(n: number): number {
  return Math.min(8000, 300 * 2 ** n);
}

/**
 * Retries network failures and 5xx with backoff; 4xx answers are final. `onRetry` lets the UI
 * show that it is retrying.
 */
export async function withRetry<T>(attempt: () => Promise<T>, onRetry: (n: number) => void, tries = 6): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const final = error instanceof ApiError && error.status < 500;
      if (final || n >= tries) throw error;
      onRetry(n);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(n)));
    }
  }
}
