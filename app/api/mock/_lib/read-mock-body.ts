import 'server-only';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { mockErrorResponse } from './mock-error-response';

/** A 20,000-word answer as JSON, with room to spare; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 1_500_000;

/**
 * Validates the route's attempt id and reads its JSON body, capped at MAX_BODY_BYTES while
 * streaming (a huge body is cut off, not buffered). The body may arrive as text/plain: that is
 * what navigator.sendBeacon sends when the page is closing.
 */
export async function readMockBody<S extends z.ZodType>(
  request: Request,
  params: Promise<{ attemptId: string }>,
  schema: S,
): Promise<{ ok: true; attemptId: string; data: z.infer<S> } | { ok: false; response: NextResponse }> {
  const id = AttemptIdSchema.safeParse((await params).attemptId);
  if (!id.success) return { ok: false, response: mockErrorResponse('not_found', 'No such attempt.') };
  const tooLarge = { ok: false as const, response: mockErrorResponse('payload_too_large', 'The answer is too large to save.') };
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return { ok: false, response: mockErrorResponse('bad_request', 'The request body must be JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    return { ok: false, response: mockErrorResponse('bad_request', message) };
  }
  return { ok: true, attemptId: id.data, data: parsed.data };
}
