import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, requestJson, retryDelayMs, withRetry } from '@/lib/client/request-json';

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
    const failures = [new TypeError('offline'), new ApiError(503, 'error', 'busy')];
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
