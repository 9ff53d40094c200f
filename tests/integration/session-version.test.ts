import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { getServerSession } from 'next-auth';
import { GET as queueRoute } from '@/app/api/review/queue/route';
import { authOptions } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { ensureUser } from '@/lib/server/mutations/ensure-user';
import { updateUserRole } from '@/lib/server/mutations/update-user-role';

// Issue 17 §4: a session token copied before sign-out (or a password or role change) stops working,
// on the JSON API, on /api/auth/session (which used to renew it for 30 days) and for pages (jwt callback).

async function cookieFor(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  // As the sign-in callback makes it: the jwt callback with `user` set.
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({
    token: { sub: user.id, email: user.email, name: user.name },
    user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion ?? 0 },
    account: null,
  } as never);
  return `next-auth.session-token=${await encode({ token, secret: env().AUTH_SECRET })}`;
}

const get = (url: string, cookie: string) =>
  new NextRequest(new URL(url, 'http://localhost:3000'), { headers: { cookie } });
const queueStatus = async (cookie: string) =>
  (await queueRoute(get('/api/review/queue', cookie), { params: Promise.resolve({}) })).status;
/**
 * GET /api/auth/session as next-auth answers it: getServerSession in its (req, res) form runs the same
 * session action as the route, and hands the cookies it would set to `res`.
 */
const sessionBody = async (cookie: string) => {
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  let setCookie: string[] = [];
  const res = {
    getHeader: () => setCookie,
    setHeader: (_: string, v: string[]) => {
      setCookie = v;
    },
  };
  const session = await getServerSession(
    { headers: { host: 'localhost:3000', cookie }, cookies: { [name]: value } } as never,
    res as never,
    authOptions,
  );
  const cleared = setCookie.some((c) => c.startsWith(`${name}=;`));
  return { body: session ?? {}, cleared };
};

describe('session versions (issue 17 §4)', () => {
  it('a token copied before sign-out stops working on the API and on /api/auth/session', async () => {
    await ensureUser({ email: 'copied@example.com', password: 'copied-password', name: 'C', role: 'LEARNER' });
    const cookie = await cookieFor('copied@example.com');
    expect(await queueStatus(cookie)).toBe(200);
    expect((await sessionBody(cookie)).body).toMatchObject({ user: { email: 'copied@example.com' } });

    const { sub } = { sub: (await db.user.findUniqueOrThrow({ where: { email: 'copied@example.com' } })).id };
    await authOptions.events!.signOut!({ token: { sub }, session: null as never });

    expect(await queueStatus(cookie)).toBe(401);
    const after = await sessionBody(cookie);
    expect(after.body).toEqual({});
    expect(after.cleared).toBe(true); // cleared, not renewed
    await expect(
      authOptions.callbacks!.jwt!({ token: { sub, email: 'copied@example.com' } } as never),
    ).rejects.toThrow();
  });

  it('a change of role ends the sessions of that user (the new role applies to a fresh sign-in)', async () => {
    await ensureUser({ email: 'promoted@example.com', password: 'promoted-password', name: 'P', role: 'LEARNER' });
    const cookie = await cookieFor('promoted@example.com');
    const user = await db.user.findUniqueOrThrow({ where: { email: 'promoted@example.com' } });
    await updateUserRole(user.id, 'INSTRUCTOR');
    expect(await queueStatus(cookie)).toBe(401);
    expect(await queueStatus(await cookieFor('promoted@example.com'))).toBe(200);
  });

  it('a deleted account’s token is refused', async () => {
    await ensureUser({ email: 'gone@example.com', password: 'gone-password', name: 'G', role: 'LEARNER' });
    const cookie = await cookieFor('gone@example.com');
    await db.user.delete({ where: { email: 'gone@example.com' } });
    expect(await queueStatus(cookie)).toBe(401);
  });
});
