import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getCurrentUser, type SessionUser } from './auth';

export type ApiErrorCode = 'unauthenticated' | 'bad_request' | 'not_found' | 'conflict' | 'payload_too_large';

const STATUS: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
};

/** The one error shape of the JSON API: `{ error: { code, message } }`. */
export function apiError(code: ApiErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: STATUS[code] });
}

/** The signed-in user, or the 401 response to send. */
export async function requireApiUser(): Promise<SessionUser | NextResponse> {
  return (await getCurrentUser()) ?? apiError('unauthenticated', 'Sign in first.');
}

const MAX_BODY_BYTES = 16 * 1024;

/** Reads and validates a JSON body; a clear 400/413 response on anything else. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: NextResponse }> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { ok: false, response: apiError('payload_too_large', `The request body must be at most ${MAX_BODY_BYTES} bytes.`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError('bad_request', 'The request body must be JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    return { ok: false, response: apiError('bad_request', message) };
  }
  return { ok: true, data: parsed.data };
}
