import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken } from '@/lib/server/decode-session-token';

const SECRET = 'a-test-secret-that-is-long-enough-1234567890';

describe('decodeSessionToken', () => {
  it('reads tokens that next-auth itself encoded', async () => {
    const token = await encode({ token: { sub: 'user-1', email: 'a@example.com', role: 'LEARNER' }, secret: SECRET });
    expect(await decodeSessionToken({ token, secret: SECRET })).toMatchObject({ sub: 'user-1', email: 'a@example.com', role: 'LEARNER' });
    // second call uses the cached key
    expect(await decodeSessionToken({ token, secret: SECRET })).toMatchObject({ sub: 'user-1' });
  });

  it('rejects a token made with another secret, a tampered token and an expired one', async () => {
    const other = await encode({ token: { sub: 'user-1' }, secret: 'another-secret-that-is-long-enough-0987654321' });
    await expect(decodeSessionToken({ token: other, secret: SECRET })).rejects.toThrow();
    const token = await encode({ token: { sub: 'user-1' }, secret: SECRET });
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(decodeSessionToken({ token: tampered, secret: SECRET })).rejects.toThrow();
    const expired = await encode({ token: { sub: 'user-1' }, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow();
  });

  it('returns null without a token', async () => {
    expect(await decodeSessionToken({ secret: SECRET })).toBeNull();
  });
});
