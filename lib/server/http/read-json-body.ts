import 'server-only';
import type { z } from 'zod';
import { fail, type ActionResult } from '@/lib/core/errors/error-code';
import { describeIssues } from '../action-result';

/** The JSON API's default body limit: a review, a quiz answer, a settings change. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/**
 * The one body reader: refuses by Content-Length first, then reads the stream only up to
 * `maxBytes` (a huge body is cut off, never buffered), parses JSON and validates it. The content
 * type is checked before, by defineRoute (checkRequestSource: JSON, or text/plain from our own
 * origin for the sendBeacon target).
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<ActionResult<z.infer<S>>> {
  const tooLarge = fail('payload_too_large', `The request body must be at most ${maxBytes} bytes.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge;

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
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
    return fail('invalid_input', 'The request body must be JSON.');
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : fail('invalid_input', describeIssues(parsed.error));
}
