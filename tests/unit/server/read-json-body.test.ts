import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonBody } from '@/lib/server/http/read-json-body';

const Schema = z.strictObject({ paused: z.boolean() });

/** A body that arrives in chunks, recording how much of it was read and whether it was cancelled. */
function streamedRequest(chunks: string[], headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[seen.pulled++];
        if (next === undefined) controller.close();
        else controller.enqueue(encoder.encode(next));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  ); // pull only when read
  const request = new Request('http://localhost/api/x', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
  return { request, seen };
}

describe('readJsonBody', () => {
  it('reads and validates a JSON body, whatever its content type (sendBeacon sends text/plain)', async () => {
    const request = new Request('http://localhost/api/x', {
      method: 'POST',
      body: '{"paused":true}',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
    });
    expect(await readJsonBody(request, Schema)).toEqual({ ok: true, data: { paused: true } });
  });

  it('refuses by Content-Length before reading a byte', async () => {
    const { request, seen } = streamedRequest(['{"paused":true}'], { 'Content-Length': '20000' });
    expect(await readJsonBody(request, Schema, 100)).toMatchObject({ ok: false, code: 'payload_too_large' });
    expect(seen.pulled).toBe(0);
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    const { request, seen } = streamedRequest(['x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60)]);
    expect(await readJsonBody(request, Schema, 100)).toMatchObject({ ok: false, code: 'payload_too_large' });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThan(4);
  });

  it('answers invalid_input for a body that is not JSON, or not the right JSON, saying which field', async () => {
    const notJson = new Request('http://localhost/api/x', { method: 'POST', body: 'paused=1' });
    expect(await readJsonBody(notJson, Schema)).toEqual({
      ok: false,
      code: 'invalid_input',
      message: 'The request body must be JSON.',
    });
    const wrong = new Request('http://localhost/api/x', { method: 'POST', body: '{"paused":"yes"}' });
    expect(await readJsonBody(wrong, Schema)).toMatchObject({
      ok: false,
      code: 'invalid_input',
      message: expect.stringMatching(/^paused: /),
    });
  });
});
