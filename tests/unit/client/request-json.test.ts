import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, BUSY_RETRY_MS, parseRetryAfter, planRetry, requestJson, retryDelayMs, withRetry } from '@/lib/client/request-json';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('requestJson', () => {
  it('POSTs the body as JSON and returns the parsed answer', async () => {
    const fetchMock = vi.fn(async () => answer(200, { cardId: 'c1' }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await requestJson('/api/review/undo', { body: { reviewId: 'r-12345678' } })).toEqual({ cardId: 'c1' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/review/undo',
      expect.objectContaining({ method: 'POST', body: '{"reviewId":"r-12345678"}', cache: 'no-store' }),
    );
  });

  it('GETs without a body', async () => {
    const fetchMock = vi.fn(async () => answer(200, []));
    vi.stubGlobal('fetch', fetchMock);
    await requestJson('/api/review/queue');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/review/queue',
      expect.objectContaining({ method: 'GET', body: undefined }),
    );
  });

  it("turns the API's error shape into an ApiError with its status, code and message", async () => {
    vi.stubGlobal('fetch', async () => answer(409, { error: { code: 'time_up', message: 'Time is up.' } }));
    await expect(requestJson('/x', { body: {} })).rejects.toMatchObject({
      status: 409,
      code: 'time_up',
      message: 'Time is up.',
    });
  });

  it("reads a 503's Retry-After (seconds) into the error, 1 s when it is missing", async () => {
    vi.stubGlobal('fetch', async () =>
      new Response('{"error":{"code":"overloaded","message":"Busy."}}', { status: 503, headers: { 'Retry-After': '3' } }),
    );
    await expect(requestJson('/x', { body: {} })).rejects.toMatchObject({ status: 503, code: 'overloaded', retryAfterMs: 3000 });
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    await expect(requestJson('/x', { body: {} })).rejects.toMatchObject({ status: 503, retryAfterMs: 1000 });
  });

  it('says what failed when the answer is not the error shape', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 502 }));
    await expect(requestJson('/x')).rejects.toMatchObject({
      status: 502,
      code: 'error',
      message: 'Request failed (502).',
    });
  });
});

describe('withRetry', () => {
  it('retries server errors and network failures with growing waits, then succeeds', async () => {
    vi.useFakeTimers();
    const failures = [new TypeError('offline'), new ApiError(502, 'error', 'bad gateway')];
    const attempt = vi.fn(async () => {
      const failure = failures.shift();
      if (failure) throw failure;
      return 'saved';
    });
    const retries: number[] = [];
    const done = withRetry(attempt, (n) => retries.push(n));
    await vi.advanceTimersByTimeAsync(retryDelayMs(1));
    await vi.advanceTimersByTimeAsync(retryDelayMs(2));
    expect(await done).toBe('saved');
    expect(retries).toEqual([1, 2]);
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));
  });

  it('gives up at once on a 4xx answer: retrying cannot change it', async () => {
    const attempt = vi.fn(async () => {
      throw new ApiError(404, 'not_found', 'No such card.');
    });
    await expect(withRetry(attempt, () => {})).rejects.toMatchObject({ code: 'not_found' });
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last try', async () => {
    vi.useFakeTimers();
    const attempt = vi.fn(async () => {
      throw new ApiError(500, 'error', 'boom');
    });
    const done = withRetry(attempt, () => {}, 3);
    const settled = expect(done).rejects.toMatchObject({ status: 500 });
    await vi.advanceTimersByTimeAsync(retryDelayMs(1) + retryDelayMs(2));
    await settled;
    expect(attempt).toHaveBeenCalledTimes(3);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Sun, 06 Dec 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('planRetry (the server is busy: 503 + Retry-After, ADR 028)', () => {
  const busy = (seconds: number) => new ApiError(503, 'overloaded', 'Busy.', seconds * 1000);

  it('waits at least Retry-After, plus up to 1 s of jitter', () => {
    expect(planRetry(busy(2), { attempt: 1, elapsedMs: 0, random: 0 })).toEqual({ busy: true, waitMs: 2000 });
    expect(planRetry(busy(2), { attempt: 1, elapsedMs: 0, random: 0.999 })).toEqual({ busy: true, waitMs: 2999 });
  });

  it('keeps retrying a busy server past the try count, for as long as the retry starts within 30 s', () => {
    expect(planRetry(busy(1), { attempt: 20, elapsedMs: 28_000, random: 0.5 })).toEqual({ busy: true, waitMs: 1500 });
    expect(planRetry(busy(1), { attempt: 20, elapsedMs: BUSY_RETRY_MS - 1000, random: 0.5 })).toBeNull();
  });

  it('keeps the try count and backoff for lost connections and other server errors, and never retries a 4xx', () => {
    expect(planRetry(new TypeError('offline'), { attempt: 2, elapsedMs: 0, random: 0 })).toEqual({ busy: false, waitMs: retryDelayMs(2) });
    expect(planRetry(new ApiError(500, 'error', 'boom'), { attempt: 6, elapsedMs: 0, random: 0 })).toBeNull();
    expect(planRetry(new ApiError(429, 'rate_limited', 'Slow down.'), { attempt: 1, elapsedMs: 0, random: 0 })).toBeNull();
  });
});

describe('withRetry and a busy server', () => {
  it('says "busy" on each retry, honours Retry-After, and lands the same request once the server admits it', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
    let calls = 0;
    const attempt = vi.fn(async () => {
      calls += 1;
      if (calls <= 3) throw new ApiError(503, 'overloaded', 'Busy.', 2000);
      return 'saved';
    });
    const reasons: { busy: boolean; waitMs: number }[] = [];
    const done = withRetry(attempt, (_n, reason) => reasons.push(reason));
    await vi.advanceTimersByTimeAsync(1999);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + 2000 + 2000);
    expect(await done).toBe('saved');
    expect(reasons).toEqual([1, 2, 3].map(() => ({ busy: true, waitMs: 2000 })));
    vi.restoreAllMocks();
  });

  it('gives up with the busy error after 30 s', async () => {
    vi.useFakeTimers();
    const attempt = vi.fn(async () => {
      throw new ApiError(503, 'overloaded', 'Busy.', 5000);
    });
    const done = withRetry(attempt, () => {});
    const settled = expect(done).rejects.toMatchObject({ status: 503 });
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS + 1000);
    await settled;
    expect(attempt.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(attempt.mock.calls.length).toBeLessThanOrEqual(7);
  });
});
