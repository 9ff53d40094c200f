import 'server-only';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { fail, type ActionResult } from '@/lib/core/errors/error-code';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { decodeSessionToken } from '../decode-session-token';
import { env } from '../env';
import { usesSecureCookies } from '../uses-secure-cookies';

/**
 * The signed-in user of an API request. Decodes the session cookie (unlike getServerSession it
 * doesn't re-encrypt and re-set the cookie on every call, which halves the cost of an API request,
 * ADR 003; pages still roll the session forward), then reads the user's role by primary key.
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
  // The account must still exist: a deleted account's cookie signs nobody in (issue 17 §14). The
  // role comes from the same read (a token may predate a change of role).
  const row = await db.user.findUnique({ where: { id: token.sub }, select: { role: true } });
  if (!row) return fail('unauthenticated', 'Sign in first.');
  return { ok: true, data: { id: token.sub, email: token.email, name: token.name ?? null, role: row.role } };
}

/** An instructor or admin, with the role read from the database. */
export async function getApiInstructor(request: NextRequest): Promise<ActionResult<SessionUser>> {
  const user = await getApiUser(request);
  if (!user.ok) return user;
  if (user.data.role === 'LEARNER') return fail('forbidden', 'Only instructors can do this.');
  return user;
}
