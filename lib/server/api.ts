import 'server-only';
import { getToken } from 'next-auth/jwt';
import { type NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { SessionUser } from './auth';
import { decodeSessionToken } from './decode-session-token';
import { env } from './env';
import { usesSecureCookies } from './uses-secure-cookies';

export type ApiErrorCode = 'unauthenticated' | 'forbidden' | 'bad_request' | 'not_found' | 'conflict' | 'payload_too_large';

const STATUS: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
};

/** The one error shape of the JSON API: `{ error: { code, message } }`. */
export function apiError(code: ApiErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: STATUS[code] });
}

/**
 * The signed-in user, or the 401 response to send. Decodes the session cookie only: unlike
 * getServerSession it doesn't re-encrypt and re-set the cookie on every call, which halves the
 * cost of an API request (ADR 003). Pages still roll the session forward.
 */
export async function requireApiUser(request: NextRequest): Promise<SessionUser | NextResponse> {
  const token = await getToken({
    req: request,
    secret: env().AUTH_SECRET,
    decode: decodeSessionToken,
    // The cookie's name (`__Secure-` or not) as sign-in chose it, whatever the request's transport.
    secureCookie: usesSecureCookies(),
  });
  if (!token?.sub || !token.email || !token.role) return apiError('unauthenticated', 'Sign in first.');
  return { id: token.sub, email: token.email, name: token.name ?? null, role: token.role };
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
