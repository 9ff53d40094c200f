import { describe, expect, it } from 'vitest';
import { hashPassword, PasswordSchema, verifyPassword } from '@/lib/server/password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('delight-demo');
    expect(hash).not.toContain('delight-demo');
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(await verifyPassword('delight-demo', hash)).toBe(true);
    expect(await verifyPassword('delight-dem0', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });
});

describe('PasswordSchema', () => {
  it.each([
    ['short', 'Password must be at least 8 characters.'],
    ['x'.repeat(201), 'Password must be at most 200 characters.'],
  ])('rejects %j', (password, message) => {
    const result = PasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a passphrase', () => {
    expect(PasswordSchema.safeParse('correct horse battery').success).toBe(true);
  });
});
