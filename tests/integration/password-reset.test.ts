import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { GET as queueRoute } from '@/app/api/review/queue/route';
import { issuePasswordResetAction } from '@/lib/server/actions/issue-password-reset-action';
import { resetPasswordAction } from '@/lib/server/actions/reset-password-action';
import { authOptions } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { env } from '@/lib/server/env';
import { makeUser } from '../factories/users';

// Issue 17 §13: an admin's one-time, expiring reset link; using it sets the password and ends every session.
const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function issueAs(adminId: string, userId: string): Promise<string> {
  session.as = adminId;
  const issued = await issuePasswordResetAction({ userId });
  if (!issued.ok) throw new Error(issued.message);
  session.as = null;
  return new URL(issued.data.url).pathname.split('/').pop()!;
}

describe('admin-issued password reset links', () => {
  it('only admins issue them', async () => {
    const [instructor, learner] = [await makeUser('INSTRUCTOR'), await makeUser('LEARNER')];
    session.as = instructor.id;
    expect(await issuePasswordResetAction({ userId: learner.id })).toMatchObject({ ok: false, code: 'forbidden' });
    session.as = null;
  });

  it('sets a new password once, stores only a hash, and ends every session of the user', async () => {
    const admin = await makeUser('ADMIN');
    const user = await makeUser('LEARNER');
    const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, role: 'LEARNER' }, secret: env().AUTH_SECRET })}`;
    const queue = () =>
      queueRoute(new NextRequest('http://localhost:3000/api/review/queue', { headers: { cookie } }), {
        params: Promise.resolve({}),
      });
    expect((await queue()).status).toBe(200);

    const token = await issueAs(admin.id, user.id);
    const [row] = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);

    expect(await resetPasswordAction({ token, password: 'a brand new passphrase' })).toEqual({ ok: true, data: null });
    expect((await queue()).status).toBe(401);
    await expect(authorize({ email: user.email, password: 'password-123' }, {})).resolves.toBeNull();
    await expect(authorize({ email: user.email, password: 'a brand new passphrase' }, {})).resolves.toMatchObject({
      id: user.id,
    });

    // Single use.
    expect(await resetPasswordAction({ token, password: 'another new passphrase' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });

  it('expires after a day, and a newer link replaces an older one', async () => {
    const admin = await makeUser('ADMIN');
    const user = await makeUser('LEARNER');
    const older = await issueAs(admin.id, user.id);
    const newer = await issueAs(admin.id, user.id);
    expect(await resetPasswordAction({ token: older, password: 'a brand new passphrase' })).toMatchObject({
      code: 'not_found',
    });
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetPasswordAction({ token: newer, password: 'a brand new passphrase' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('applies the password rules', async () => {
    const admin = await makeUser('ADMIN');
    const user = await makeUser('LEARNER');
    const token = await issueAs(admin.id, user.id);
    expect(await resetPasswordAction({ token, password: 'password123' })).toMatchObject({ code: 'invalid_input' });
  });
});
