import 'server-only';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { fail, type ActionResult } from '@/lib/core/errors/error-code';
import type { SessionUser } from '../auth';
import { decodeSessionToken } from '../decode-session-token';
import { isCurrentSession, readSessionUser } from '../read-session-user';
import { env } from '../env';
import { usesSecureCookies } from '../uses-secure-cookies';

/**
 * The signed-in user of an API request. Decodes the session cookie only: unlike
 * getServerSession it doesn't re-encrypt and re-set the cookie on every call, which halves the
 * cost of an API request (ADR 003). Pages still roll the session forward. The role and session
 * version are read from the database (one prepared statement on SQLite): a token from before a
 * sign-out, password reset or role change is refused (ADR 025), and so is a deleted account's (ADR 026).
 */
export async function getApiUser(request: NextRequest): Promise<ActionResult<SessionUser>> {
  const token = await getToken({
    req: request,
    secret: env().AUTH_SECRET,
    decode: decodeSessionToken,
    // The cookie's name (`__Secure-` or not) as sign-in chose it, whatever the request's transport.
    secureCookie: usesSecureCookies(),
  });
  if (!token?.sub || !token.email || !token.role) return fail('unauthenticated', 'Sign in first.');
  const row = await readSessionUser(token.sub);
  if (!isCurrentSession(token.sv, row)) return fail('unauthenticated', 'Your session has ended. Sign in again.');
  return { ok: true, data: { id: token.sub, email: token.email, name: token.name ?? null, role: row.role } };
}

/** An instructor or admin (getApiUser's role is the database's: a token may predate a change of role). */
export async function getApiInstructor(request: NextRequest): Promise<ActionResult<SessionUser>> {
  const user = await getApiUser(request);
  if (!user.ok) return user;
  if (user.data.role === 'LEARNER') return fail('forbidden', 'Only instructors can do this.');
  return user;
}
