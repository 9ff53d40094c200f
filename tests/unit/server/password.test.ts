import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/server/password';
import { NewPasswordSchema as PasswordSchema } from '@/lib/server/new-password-schema';

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
    ['x'.repeat(73), 'Password must be at most 72 bytes (72 letters, fewer with accents or emoji).'],
    ['😀'.repeat(19), 'Password must be at most 72 bytes (72 letters, fewer with accents or emoji).'],
    ['\t \n       ', 'Password can’t be only spaces.'],
    ['qwertyuiop', 'This is one of the most common passwords. Choose another.'],
  ])('rejects %j', (password, message) => {
    const result = PasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('accepts a passphrase', () => {
    expect(PasswordSchema.safeParse('correct horse battery').success).toBe(true);
  });
});
