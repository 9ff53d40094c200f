import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { authOptions } from '@/lib/server/auth';
import { signUpAction } from '@/lib/server/actions/sign-up-action';
import { ensureUser } from '@/lib/server/mutations/ensure-user';
import * as password from '@/lib/server/password';

// Issue 17 §2, §3, §8, §9: sign-in and sign-up limits and password rules, against a real SQLite file.
type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** Headers as the app server hands them over: its own address header (ADR 025) plus whatever the client sent. */
const from = (address: string, forwardedFor?: string) => ({
  headers: { 'x-delight-client-address': address, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
});
const attempt = (email: string, pw: string, req: unknown) =>
  authorize({ email, password: pw }, req).then(
    (user) => (user ? 'ok' : 'wrong'),
    (error: Error) => error.message,
  );

// The server action reads the request's headers through next/headers.
const requestHeaders = vi.hoisted(() => ({ value: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => requestHeaders.value }));

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('per-address sign-in limit (issue 17 §2)', () => {
  it('a rotating client-set X-Forwarded-For does not escape the limit of the address the server saw', async () => {
    await ensureUser({ email: 'nat-bystander@example.com', password: 'bystander-pass', name: 'B', role: 'LEARNER' });
    for (let i = 0; i < 55; i++) await attempt(`ghost-${i}@example.com`, 'guess', from('203.0.113.50', `10.0.${i}.1`));
    // A first sign-in of another account from that address is now held back…
    expect(await attempt('nat-bystander@example.com', 'bystander-pass', from('203.0.113.50', '10.9.9.9'))).toBe(
      'locked',
    );
    // …but not from elsewhere.
    expect(await attempt('nat-bystander@example.com', 'bystander-pass', from('198.51.100.7'))).toBe('ok');
  });

  it('address failures decay: an hour later the address may try again', async () => {
    await ensureUser({ email: 'decay@example.com', password: 'decay-password', name: 'D', role: 'LEARNER' });
    for (let i = 0; i < 55; i++) await attempt(`gone-${i}@example.com`, 'guess', from('203.0.113.60'));
    expect(await attempt('decay@example.com', 'decay-password', from('203.0.113.60'))).toBe('locked');
    vi.useFakeTimers({ now: Date.now() + 61 * 60_000, toFake: ['Date'] });
    expect(await attempt('decay@example.com', 'decay-password', from('203.0.113.60'))).toBe('ok');
  });
});

describe('lockout (issue 17 §3)', () => {
  it('25 parallel wrong passwords get at most 5 password checks', async () => {
    await ensureUser({ email: 'race@example.com', password: 'race-password', name: 'R', role: 'LEARNER' });
    const verify = vi.spyOn(password, 'verifyPassword');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => attempt('race@example.com', `wrong-${i}`, from('203.0.113.70'))),
    );
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r === 'locked').length).toBeGreaterThanOrEqual(20);
  });

  it('the right password from a known-good address gets in while an attacker elsewhere hammers the account', async () => {
    await ensureUser({ email: 'victim@example.com', password: 'victim-password', name: 'V', role: 'ADMIN' });
    expect(await attempt('victim@example.com', 'victim-password', from('192.0.2.10'))).toBe('ok'); // home, once
    for (let i = 0; i < 40; i++) await attempt('victim@example.com', `guess-${i}`, from(`198.51.100.${i}`));
    expect(await attempt('victim@example.com', 'victim-password', from('192.0.2.10'))).toBe('ok');
    // The attacker's own address is held back with a growing delay, and so is a new address for this account.
    expect(await attempt('victim@example.com', 'victim-password', from('198.51.100.1'))).toBe('locked');
  });

  it('the delay grows per account and address and decays: after waiting, the right password works', async () => {
    await ensureUser({ email: 'slow@example.com', password: 'slow-password', name: 'S', role: 'LEARNER' });
    const at = from('203.0.113.80');
    for (let i = 0; i < 5; i++) expect(await attempt('slow@example.com', `wrong-${i}`, at)).toBe('wrong');
    expect(await attempt('slow@example.com', 'slow-password', at)).toBe('locked');
    vi.useFakeTimers({ now: Date.now() + 2 * 60_000, toFake: ['Date'] });
    expect(await attempt('slow@example.com', 'slow-password', at)).toBe('ok');
  });
});

describe('sign-up (issue 17 §8, §9)', () => {
  it('is rate-limited per address', async () => {
    requestHeaders.value = new Headers({ 'x-delight-client-address': '203.0.113.90' });
    const results = [];
    for (let i = 0; i < 12; i++) {
      results.push(await signUpAction({ email: `burst-${i}@example.com`, password: 'a fine passphrase' }));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[11]).toMatchObject({ ok: false, code: 'rate_limited' });
    requestHeaders.value = new Headers();
  });

  it('is rate-limited per email (probing whether an address is taken)', async () => {
    const results = [];
    for (let i = 0; i < 7; i++) {
      requestHeaders.value = new Headers({ 'x-delight-client-address': `198.51.100.${100 + i}` });
      results.push(await signUpAction({ email: 'probe@example.com', password: 'a fine passphrase' }));
    }
    expect(results[0]?.ok).toBe(true);
    expect(results[1]).toMatchObject({ ok: false, code: 'email_taken' });
    expect(results[6]).toMatchObject({ ok: false, code: 'rate_limited' });
    requestHeaders.value = new Headers();
  });

  it.each([
    ['whitespace only', '          ', 'Password can’t be only spaces.'],
    ['a most common password', 'password1', 'This is one of the most common passwords. Choose another.'],
    ['common, in capitals', 'Iloveyou1', 'This is one of the most common passwords. Choose another.'],
    [
      'over bcrypt’s 72 bytes',
      'é'.repeat(40),
      'Password must be at most 72 bytes (72 letters, fewer with accents or emoji).',
    ],
  ])('refuses %s', async (_, pw, message) => {
    const result = await signUpAction({ email: `rules-${pw.length}-${pw.charCodeAt(0)}@example.com`, password: pw });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input' });
    if (result.ok) throw new Error('expected failure');
    expect(result.fieldErrors?.password).toEqual([message]);
  });

  it('takes a 72-byte passphrase', async () => {
    const result = await signUpAction({ email: 'long@example.com', password: 'x'.repeat(72) });
    expect(result.ok).toBe(true);
  });
});
