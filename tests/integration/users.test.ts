import { describe, expect, it, vi } from 'vitest';
import { signUpAction } from '@/lib/server/actions/sign-up-action';
import { db } from '@/lib/server/db';
import { ensureUser } from '@/lib/server/mutations/ensure-user';
import { authOptions } from '@/lib/server/auth';
import { verifyPassword } from '@/lib/server/password';

type Authorize = (
  credentials: Record<string, string>,
  req: unknown,
) => Promise<{ id: string; role: string; email: string } | null>;
// The sign-up action reads the client address from the request's headers (none here: no address limit).
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

describe('sign-up against a real SQLite file', () => {
  it('creates a learner with a hashed password, normalising the email', async () => {
    const result = await signUpAction({ email: '  Grace@Example.COM ', password: 'a long password', name: 'Grace' });
    expect(result).toEqual({ ok: true, data: { email: 'grace@example.com' } });
    const row = await db.user.findUniqueOrThrow({ where: { email: 'grace@example.com' } });
    expect(row.role).toBe('LEARNER');
    expect(row.passwordHash).not.toContain('a long password');
    expect(await verifyPassword('a long password', row.passwordHash)).toBe(true);
  });

  it('refuses a taken email and writes nothing', async () => {
    await signUpAction({ email: 'twice@example.com', password: 'password-one' });
    const again = await signUpAction({ email: 'twice@example.com', password: 'password-two' });
    expect(again).toMatchObject({ ok: false, code: 'email_taken' });
    expect(await db.user.count({ where: { email: 'twice@example.com' } })).toBe(1);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await db.user.count();
    const result = await signUpAction({ email: 'not-an-email', password: 'short' });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
    if (result.ok) throw new Error('expected failure');
    expect(result.fieldErrors?.email).toEqual(['Enter a valid email address.']);
    expect(result.fieldErrors?.password).toEqual(['Password must be at least 8 characters.']);
    expect(await db.user.count()).toBe(before);
  });
});

describe('credentials sign-in', () => {
  it('accepts the right password, returns the role, and refuses wrong or unknown credentials alike', async () => {
    await ensureUser({ email: 'teach@example.com', password: 'teach-password', name: 'T', role: 'INSTRUCTOR' });
    await expect(authorize({ email: 'teach@example.com', password: 'teach-password' }, {})).resolves.toMatchObject({
      role: 'INSTRUCTOR',
    });
    await expect(authorize({ email: 'teach@example.com', password: 'wrong-password' }, {})).resolves.toBeNull();
    await expect(authorize({ email: 'nobody@example.com', password: 'teach-password' }, {})).resolves.toBeNull();
    await expect(authorize({ email: 'not an email', password: '' }, {})).resolves.toBeNull();
  });

  it('ensureUser is idempotent and keeps the existing password', async () => {
    const first = await ensureUser({
      email: 'demo@example.com',
      password: 'first-password',
      name: 'D',
      role: 'LEARNER',
    });
    const second = await ensureUser({
      email: 'demo@example.com',
      password: 'other-password',
      name: 'D',
      role: 'LEARNER',
    });
    expect(second.id).toBe(first.id);
    expect(await db.user.count({ where: { email: 'demo@example.com' } })).toBe(1);
    await expect(authorize({ email: 'demo@example.com', password: 'first-password' }, {})).resolves.not.toBeNull();
  });
});

describe('sign-in throttling', () => {
  it('holds back an account + address after five failures, until the delay has passed, and a success starts it afresh', async () => {
    await ensureUser({ email: 'target@example.com', password: 'right-password', name: 'T', role: 'LEARNER' });
    const req = { headers: { 'x-delight-client-address': '203.0.113.7' } };
    for (let i = 0; i < 5; i++) {
      await expect(authorize({ email: 'target@example.com', password: `wrong-${i}` }, req)).resolves.toBeNull();
    }
    await expect(authorize({ email: 'target@example.com', password: 'right-password' }, req)).rejects.toThrow('locked');
    // Not the account itself: the right password from another address still works (ADR 025).
    await expect(
      authorize(
        { email: 'target@example.com', password: 'right-password' },
        { headers: { 'x-delight-client-address': '198.51.100.1' } },
      ),
    ).resolves.toMatchObject({ email: 'target@example.com' });
    await db.authAttempt.updateMany({ data: { at: new Date(Date.now() - 60_000) } }); // time passes
    await expect(authorize({ email: 'target@example.com', password: 'right-password' }, req)).resolves.toMatchObject({
      email: 'target@example.com',
    });
    expect(
      await db.authAttempt.count({ where: { kind: 'sign-in', email: 'target@example.com', address: '203.0.113.7' } }),
    ).toBe(0);
  });
});
